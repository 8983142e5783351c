/**
 * Checks of answers.test.ts that fail today, keyed `<page> › <check>`, each with the fault it
 * shows. They run as `it.fails`: the suite stays green, and fixing the fault makes the check pass,
 * which `it.fails` reports as a failure — then delete the line here. None today.
 */
export const KNOWN_FAULTS: Record<string, string> = {};
