export interface Notice {
  title: string;
  body: string;
  /** Page path the message opens. */
  link?: string;
}

/**
 * Tells a person something. The in-app inbox always gets it, inside the change's own transaction.
 * Channels outside the database (WeChat subscribe messages) only queue in `send` and deliver in
 * `afterCommit`, which the dispatcher calls once the transaction has committed, so nobody is told
 * about a change that was rolled back.
 */
export interface Notifier {
  send(userId: string, notice: Notice): Promise<void>;
  /** Delivers what `send` queued; must not throw (a failed delivery is logged, never the caller's failure). */
  afterCommit?(): Promise<void>;
}

/** Every notifier gets every notice; `afterCommit` runs each one's in turn. */
export function composeNotifiers(...notifiers: Notifier[]): Notifier {
  return {
    async send(userId, notice) {
      for (const n of notifiers) await n.send(userId, notice);
    },
    async afterCommit() {
      for (const n of notifiers) await n.afterCommit?.();
    },
  };
}
