package org.gms.server.directory.internal;

import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import org.gms.server.directory.DirectoryImports;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tests of the directory's web API on the bundled release (imported when missing), called through
 * MockMvc with the application's security.
 */
@SpringBootTest
abstract class BundledDirectoryApi {

  static final JsonMapper JSON = JsonMapper.builder().build();

  @Autowired WebApplicationContext context;
  @Autowired DirectoryImports imports;

  MockMvc http;

  @BeforeEach
  void importTheBundledDirectory() {
    imports.importBundledIfMissing();
    http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
  }
}
