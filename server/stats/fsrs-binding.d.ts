/**
 * The part of the FSRS optimizer's native binding Demarc uses. The binding ships one package per
 * platform; Demarc depends on the Linux x64 one directly (optional), because the registry this
 * project installs from lacks the other platforms' 0.5 builds, which would break `npm ci`.
 */
declare module "@open-spaced-repetition/binding-linux-x64-gnu" {
  export class FSRSBindingReview {
    constructor(rating: number, deltaT: number);
  }
  export class FSRSBindingItem {
    constructor(reviews: FSRSBindingReview[]);
  }
  export interface ModelEvaluation {
    logLoss: number;
    rmseBins: number;
  }
  export class FSRSBinding {
    constructor(parameters?: number[]);
    evaluate(items: FSRSBindingItem[]): ModelEvaluation;
  }
  export function computeParameters(
    trainSet: FSRSBindingItem[],
    options?: { enableShortTerm: boolean; numRelearningSteps?: number; timeout?: number },
  ): Promise<number[]>;
}
