/** A user-management request the rules refuse (taken email, demoting yourself…), with the field to show it on. */
export class UserRuleError extends Error {
  constructor(
    readonly field: 'email' | 'role' | 'userId',
    message: string,
  ) {
    super(message);
    this.name = 'UserRuleError';
  }
}
