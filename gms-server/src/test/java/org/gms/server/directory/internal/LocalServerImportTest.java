package org.gms.server.directory.internal;

import org.gms.server.database.OwnLocalDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The import contract on the PostgreSQL server of the machine (127.0.0.1:5432, user {@code
 * postgres}, trust authentication), in a database of its own that is dropped afterwards. Skipped,
 * with the reason, when that server cannot be reached.
 */
@SpringBootTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class LocalServerImportTest extends DirectoryImportContract implements OwnLocalDatabase {}
