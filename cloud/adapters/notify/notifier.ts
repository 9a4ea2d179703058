export interface Notice {
  title: string;
  body: string;
  /** Page path the message opens. */
  link?: string;
}

/**
 * Tells a person something. The in-app inbox always gets it; a WeChat subscribe-message sender
 * (later) will be another Notifier composed beside it, sending after the transaction commits.
 */
export interface Notifier {
  send(userId: string, notice: Notice): Promise<void>;
}
