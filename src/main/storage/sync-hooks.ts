import type { Session } from '../../shared/session';

/**
 * The small, explicit seam between the store and the practice-server sync (src/main/practice-server/). The store
 * knows nothing about servers: it reports each document it wrote or deleted, and applies documents another room
 * wrote. Nothing here runs when no practice server is configured.
 */

/** A document this room changed: reported after its file is on disk, before the save is acknowledged. */
export interface DocumentChange {
  kind: 'session';
  id: string;
  deleted: boolean;
}

/**
 * Awaited inside the store's write queue, so the sync's durable outbox holds the change before the save is
 * acknowledged (a kill between the two cannot lose a change the room was told was saved). It must be local and
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
