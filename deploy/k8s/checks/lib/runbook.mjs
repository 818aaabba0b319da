export async function runbookProblems() { return []; }
