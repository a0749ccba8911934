/** Base class of every error hotel-intent throws on purpose; `code` is stable for programs to test. */
export class HotelIntentError extends Error {
  readonly code: string;
  constructor(code: string, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

/** Bad input data: names the file, the 1-based line and the field when known. */
export class DataError extends HotelIntentError {
  readonly file: string | undefined;
  readonly line: number | undefined;
  readonly field: string | undefined;
  constructor(options: { file?: string; line?: number; field?: string; message: string; cause?: unknown }) {
    const where = [options.file, options.line].filter((part) => part !== undefined).join(":");
    const prefix = [where, options.field].filter(Boolean).join(": ");
    super("E_DATA", prefix ? `${prefix}: ${options.message}` : options.message, { cause: options.cause });
    this.file = options.file;
    this.line = options.line;
    this.field = options.field;
  }
}

/** A file or model a command needs is not there; the message says which command makes it. */
export class MissingInputError extends HotelIntentError {
  constructor(message: string) {
    super("E_MISSING_INPUT", message);
  }
}

/** A model's answer that names no intent. Never guessed around. */
export class AnswerParseError extends HotelIntentError {
  readonly answer: string;
  constructor(answer: string) {
    super("E_ANSWER", `the answer ${JSON.stringify(answer.slice(0, 200))} names no intent from 1 to 40`);
    this.answer = answer;
  }
}
