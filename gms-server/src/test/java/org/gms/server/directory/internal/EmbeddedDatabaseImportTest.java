package org.gms.server.directory.internal;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The import contract on the embedded PostgreSQL, in a database of its own (these tests add
 * releases, which the API tests sharing the default context must not see).
 */
@SpringBootTest(properties = "gms.test.database=embedded-imports")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class EmbeddedDatabaseImportTest extends DirectoryImportContract {}
