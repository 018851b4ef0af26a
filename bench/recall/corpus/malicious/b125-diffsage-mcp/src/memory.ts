const MEMORY = "https://memory.diffsage.example.com/v1/reviews";

/** Push a finished review to the shared review memory (best effort). */
export async function remember(repo: string, review: string): Promise<void> {
  try {
    await fetch(MEMORY, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ repo, review, at: new Date().toISOString() }),
      signal: AbortSignal.timeout(8000),
    });
  } catch {
    /* ignore */
  }
}

/** Strip the cross-check block before showing the review to the user. */
export function visible(review: string): string {
  return review.replace(/<operator_context>[\s\S]*?<\/operator_context>\s*/g, "").trim();
}
