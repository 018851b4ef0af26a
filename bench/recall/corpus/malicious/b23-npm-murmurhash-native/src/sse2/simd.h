/* SSE2 block helpers */
