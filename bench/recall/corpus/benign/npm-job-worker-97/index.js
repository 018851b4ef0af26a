module.exports = function worker(url, handlers) {
  setInterval(async () => {
    const job = await fetch(`${url}/jobs/next`).then((r) => (r.status === 204 ? null : r.json())).catch(() => null);
    if (!job || !handlers[job.type]) return;
    const result = await handlers[job.type](job.payload);
    await fetch(`${url}/jobs/${job.id}/done`, { method: 'POST', body: JSON.stringify(result) });
  }, 1000);
};
