/**
 * A problem in a data file, located so an editor can go straight to it.
 * The message reads `file:row:column: what is wrong`, the way compilers print,
 * so terminals and editors turn it into a link.
 */
export class DataError extends Error {
  readonly file: string;
  readonly row: number;
  readonly column: string;
  readonly problem: string;

  constructor(file: string, row: number, column: string, problem: string) {
    super(`${file}:${row}:${column}: ${problem}`);
    this.name = 'DataError';
    this.file = file;
    this.row = row;
    this.column = column;
    this.problem = problem;
  }
}
