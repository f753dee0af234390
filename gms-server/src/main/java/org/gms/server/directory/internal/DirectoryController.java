package org.gms.server.directory.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gms.server.GmsException;
import org.gms.server.directory.DirectoryImports;
import org.gms.server.directory.ImportChanges;
import org.gms.server.directory.ImportKind;
import org.gms.server.directory.ImportSummary;
import org.gms.server.directory.Indication;
import org.gms.server.directory.IndicationMatch;
import org.gms.server.directory.TestDirectory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The test directory's JSON API: search, indications, releases and what changed. */
@RestController
@RequestMapping("/api/directory")
class DirectoryController {

  private static final int MAX_LIMIT = 1000;
  private static final int MAX_QUERY = 200;

  private final TestDirectory directory;
  private final DirectoryImports imports;

  DirectoryController(TestDirectory directory, DirectoryImports imports) {
    this.directory = directory;
    this.imports = imports;
  }

  /** Indications matching {@code q} (code, name words, gene symbol, test method); all without q. */
  @GetMapping("/indications")
  Map<String, Object> search(
      @RequestParam(defaultValue = "") String q,
      @RequestParam(defaultValue = "50") int limit,
      @RequestParam(defaultValue = "0") int offset) {
    if (offset < 0) {
      throw new GmsException("offset must be 0 or more, not " + offset + ".");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new GmsException("limit must be 1 to " + MAX_LIMIT + ", not " + limit + ".");
    }
    if (q.length() > MAX_QUERY) {
      throw new GmsException(
          "The search is " + q.length() + " characters long; use at most " + MAX_QUERY + ".");
    }
    // every match, then the page asked for: count is the whole number, never the page's
    List<IndicationMatch> all = directory.search(q, Integer.MAX_VALUE);
    List<IndicationMatch> results =
        all.subList(Math.min(offset, all.size()), Math.min(all.size(), offset + limit));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("query", q);
    body.put("version", directory.currentVersion().orElse(null));
    body.put("count", all.size());
    body.put("offset", offset);
    body.put("results", results);
    if (all.isEmpty() && directory instanceof DirectoryQueries queries) {
      body.put("suggestions", queries.suggestion(q).map(List::of).orElse(List.of()));
    }
    return body;
  }

  @GetMapping("/indications/{code}")
  Indication indication(@PathVariable String code, @RequestParam Optional<String> version) {
    return directory
        .indication(code, version)
        .orElseThrow(
            () ->
                new GmsException(
                    GmsException.Kind.NOT_FOUND,
                    "There is no clinical indication "
                        + code
                        + " in directory version "
                        + version.or(directory::currentVersion).orElse("(none imported)")
                        + ". Search with GET /api/directory/indications?q=..."));
  }

  /** Directory releases, newest (current) first. */
  @GetMapping("/versions")
  List<ImportSummary> versions() {
    return imports.imports().stream().filter(i -> i.kind() == ImportKind.DIRECTORY).toList();
  }

  @GetMapping("/versions/{version}/changes")
  ImportChanges versionChanges(@PathVariable String version) {
    ImportSummary release =
        imports
            .directoryVersion(version)
            .orElseThrow(
                () ->
                    new GmsException(
                        GmsException.Kind.NOT_FOUND,
                        "There is no directory version "
                            + version
                            + ": GET /api/directory/versions lists them."));
    return imports.changes(release.id()).orElse(ImportChanges.none(null));
  }

  /** Every import, of the directory and of panels, newest first. */
  @GetMapping("/imports")
  List<ImportSummary> imports() {
    return imports.imports();
  }

  @GetMapping("/imports/{id}")
  Map<String, Object> importDetail(@PathVariable long id) {
    ImportSummary summary =
        imports
            .importSummary(id)
            .orElseThrow(
                () ->
                    new GmsException(
                        GmsException.Kind.NOT_FOUND,
                        "There is no import " + id + ": GET /api/directory/imports lists them."));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("summary", summary);
    body.put("changes", imports.changes(id).orElse(ImportChanges.none(null)));
    return body;
  }
}
