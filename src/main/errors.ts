/** Errors main's operations raise on purpose; invokeOperation turns each into a typed OperationError. */

export class NotFoundError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotFoundError';
  }
}

export class PrintError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PrintError';
  }
}

/** A patient-data operation while Duet is locked: the renderer shows the lock screen. */
export class LockedError extends Error {
  constructor(message = 'Duet is locked. Type the practice passphrase to go on.') {
    super(message);
    this.name = 'LockedError';
  }
}

/** The passphrase did not open this computer's data, or a wait after several wrong tries is still running. */
export class WrongPassphraseError extends Error {
  constructor(
    message: string,
    readonly waitSeconds: number,
  ) {
    super(message);
    this.name = 'WrongPassphraseError';
  }
}
