// ml-regression-theil-sen ships no types; this is the part of its API the Theil–Sen model uses.
declare module 'ml-regression-theil-sen' {
  export class TheilSenRegression {
    constructor(x: number[], y: number[]);
    slope: number;
    intercept: number;
    predict(x: number): number;
  }
}
