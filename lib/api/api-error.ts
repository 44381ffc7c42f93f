/** A request the API refuses, with the status and a message for the caller. */
export class ApiRequestError extends Error {
  constructor(
    readonly status: 400 | 404,
    message: string,
  ) {
    super(message);
    this.name = 'ApiRequestError';
  }
}
