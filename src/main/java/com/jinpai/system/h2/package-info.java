/**
 * The embedded database as a server of its own. Several Jinpai processes share the H2 file under
 * {@code data/} (a run, {@code status}, the scheduler, a refused second run), and none of them may
 * take the database down when it exits. So the first process that needs the database starts a
 * small detached H2 TCP server process for it ({@link H2Server}) and every Jinpai process, that one
 * included, connects to it; the server records its port and pid in a file beside the database,
 * where the others find it ({@link H2ServerFiles}), and exits by itself once no Jinpai process has
 * used it for a while. Nothing of this applies to MySQL or to in-memory test databases.
 */
package com.jinpai.system.h2;
