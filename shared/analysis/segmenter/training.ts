// The training settings of the piece role model, shared by `npm run train` and the cross-validated report.
export const TRAINING = { epochs: 10, seed: 7 };
