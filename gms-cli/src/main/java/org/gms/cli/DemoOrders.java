package org.gms.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.gms.server.analysis.AnalysisKind;
import org.gms.server.analysis.AnalysisRun;
import org.gms.server.analysis.AnalysisRuns;
import org.gms.server.ordering.FamilyMember;
import org.gms.server.ordering.NewOrder;
import org.gms.server.ordering.OrderState;
import org.gms.server.ordering.SampleType;
import org.gms.server.ordering.TestOrder;
import org.gms.server.ordering.TestOrders;
import org.gms.server.ordering.Urgency;
import org.gms.server.record.NhsNumber;
import org.gms.server.record.Patient;
import org.gms.server.record.Patients;
import org.gms.server.record.Relationship;
import org.gms.server.record.Sex;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A demonstration order, worked through the real services as the demo users: the clinician requests
 * a trio genome (R29.4) for a child with the features of a published FBXO11 case, the laboratory
 * receives the sample, sequences it and starts the analysis of the family's VCF ({@link
 * DemoTrioVcf}: the causative variant inside a real chr21 background of 65,370 records). The
 * scientist then has a result to review and authorise in the web pages.
 */
final class DemoOrders {

  static final String REQUEST_KEY = "demo-fbxo11-trio";
  private static final NhsNumber CHILD = new NhsNumber("9990000107");
  private static final NhsNumber MOTHER = new NhsNumber("9990000115");
  private static final NhsNumber FATHER = new NhsNumber("9990000123");

  /** The child's observed features in the publication (PMID 30057029, individual 10). */
  private static final List<String> FEATURES =
      List.of(
          "HP:0001252",
          "HP:0031354",
          "HP:0001263",
          "HP:0001249",
          "HP:0000218",
          "HP:0004467",
          "HP:0000431",
          "HP:0010296");

  private DemoOrders() {}

  /** Creates the demonstration order once; returns it (new or as it is now). */
  static TestOrder createIfMissing(ConfigurableApplicationContext context) {
    Patients patients = context.getBean(Patients.class);
    register(patients, CHILD, "Demo Child", LocalDate.of(2019, 4, 12), Sex.MALE);
    register(patients, MOTHER, "Demo Mother", LocalDate.of(1988, 9, 3), Sex.FEMALE);
    register(patients, FATHER, "Demo Father", LocalDate.of(1986, 1, 27), Sex.MALE);
    TestOrders orders = context.getBean(TestOrders.class);
    TestOrders.Submission submission =
        ordered(
            orders,
            new NewOrder(
                REQUEST_KEY,
                CHILD,
                "R29",
                "R29.4",
                "Demo Genomic Laboratory Hub",
                Urgency.ROUTINE,
                FEATURES,
                List.of(
                    new FamilyMember(MOTHER, Relationship.MOTHER, false),
                    new FamilyMember(FATHER, Relationship.FATHER, false)),
                true,
                true,
                null,
                null,
                null));
    if (!submission.created()) {
      return submission.order();
    }
    long id = submission.order().id();
    AnalysisRuns runs = context.getBean(AnalysisRuns.class);
    return as(
        "scientist",
        () -> {
          orders.receiveSample(id, "DEMO-0001", SampleType.BLOOD, null);
          orders.move(id, OrderState.SEQUENCING, null);
          String vcf;
          try (InputStream in = new ByteArrayInputStream(DemoTrioVcf.build())) {
            vcf = runs.storeVcf(in, "fbxo11-trio-platinum-chr21.vcf");
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          AnalysisRun run =
              runs.start(
                  id,
                  AnalysisKind.RARE_DISEASE,
                  vcf,
                  Map.of(
                      CHILD.value(), "PROBAND",
                      MOTHER.value(), "MOTHER",
                      FATHER.value(), "FATHER"),
                  false);
          return orders.find(run.orderId()).orElseThrow();
        });
  }

  /** Registers the demo patient unless registered already. */
  static void register(Patients patients, NhsNumber nhs, String name, LocalDate born, Sex sex) {
    if (patients.find(nhs).isEmpty()) {
      patients.register(new Patient(nhs, name, born, sex));
    }
  }

  /** The order submitted by the demo clinician (or the one its request key made before). */
  static TestOrders.Submission ordered(TestOrders orders, NewOrder order) {
    return as("clinician", () -> orders.submit(order));
  }

  /** Runs the work as the named demo user, as if they had logged in. */
  static <T> T as(String user, Supplier<T> work) {
    SecurityContextHolder.getContext()
        .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, List.of()));
    try {
      return work.get();
    } finally {
      SecurityContextHolder.clearContext();
    }
  }
}
