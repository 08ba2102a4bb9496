import type { Session } from '../../shared/session';

/**
 * The small, explicit seam between the store and the practice-server sync (src/main/practice-server/). The store
 * knows nothing about servers: it reports each document it wrote or deleted, and applies documents another room
 * wrote. Nothing here runs when no practice server is configured.
 */

/**
 * A document this room is changing: reported in the write queue just before its file is written (or deleted), so
 * the outbox always knows of every change on disk. A change that then fails leaves a line that costs one check.
 */
export interface DocumentChange {
  kind: 'session';
  id: string;
  deleted: boolean;
}

/**
 * Awaited inside the store's write queue, so the sync's durable outbox holds the change before the file changes
 * (a kill anywhere cannot leave a change on disk that the outbox does not know). It must be local and
 * quick (one appended line): it never waits for the network. Its failure is logged, never fails the save.
 */
export type DocumentChangeListener = (change: DocumentChange) => Promise<void>;

/** A document as another room left it on the practice server, already opened and checked by the sync. */
export type RemoteChange = { kind: 'session'; id: string; session: Session; deleted?: false } | { kind: 'session'; id: string; deleted: true };

/**
 * Runs inside the write queue just before a remote change overwrites (or deletes) the local document: the sync
 * decides there, with no save able to slip in between, whether this room's copy must be kept as a conflict copy.
 */
export type BeforeRemoteChange = (change: RemoteChange) => Promise<void>;
