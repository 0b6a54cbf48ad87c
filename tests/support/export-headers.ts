/**
 * Export headers as a user reads them in the downloaded file, spelled out here on purpose: a test must
 * not import the list it checks. Shared by the integration and the end-to-end tests of the exports.
 */
export const RESULTS_CSV_HEADER = "Name,Email,Status,Correct,Points,Questions,Score (%),Time spent (min),Submitted at (UTC),Attempts used";
