package dev.csprules.spark;

import dev.csprules.api.BatchResult;
import dev.csprules.api.Decision;
import dev.csprules.api.EnrollmentApplication;
import dev.csprules.api.Finding;
import dev.csprules.api.Order;
import dev.csprules.api.Problem;
import dev.csprules.api.fact.Address;
import dev.csprules.api.fact.Customer;
import dev.csprules.api.fact.Partner;
import dev.csprules.api.fact.RevenueRecord;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import scala.collection.immutable.ArraySeq;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The API's records to rows: the one place that writes rows, both requests ({@link
 * RequestSchema}) and decisions ({@link DecisionSchema}). Spark's row encoder wants Scala
 * collections, and a date as a LocalDate or a java.sql.Date as the session's
 * {@code spark.sql.datetime.java8API.enabled} says, so a writer is made for one session's setting.
 */
final class RecordsToRows implements Serializable {
  private static final long serialVersionUID = 1L;

  private final boolean java8Dates;

  RecordsToRows(boolean java8Dates) {
    this.java8Dates = java8Dates;
  }

  Row decision(BatchResult result, LocalDate asOf, String kind, String policyVersion) {
    if (result instanceof BatchResult.Decided decided) {
      return decision(decided.decision());
    }
    if (result instanceof BatchResult.Rejected rejected) {
      return undecided(rejected.requestId(), kind, DecisionSchema.REJECTED, asOf, policyVersion, rejected.problems(), "");
    }
    BatchResult.Failed failed = (BatchResult.Failed) result;
    return undecided(failed.requestId(), kind, DecisionSchema.FAILED, asOf, policyVersion, List.of(), reason(failed.error()));
  }

  private Row decision(Decision decision) {
    return RowFactory.create(
        decision.requestId(),
        decision.kind().name(),
        decision.outcome().name(),
        date(decision.asOf()),
        seq(decision.editions()),
        seq(decision.findings(), RecordsToRows::finding),
        seq(decision.firedRules()),
        decision.policyVersion(),
        seq(List.of()),
        "");
  }

  private Row undecided(
      String id, String kind, String outcome, LocalDate asOf, String policyVersion, List<Problem> problems, String failure) {
    return RowFactory.create(
        id,
        kind,
        outcome,
        date(asOf),
        seq(List.of()),
        seq(List.of()),
        seq(List.of()),
        policyVersion,
        seq(problems, problem -> RowFactory.create(problem.path(), problem.message())),
        failure);
  }

  private static Row finding(Finding finding) {
    return RowFactory.create(
        finding.code().name(),
        finding.severity().name(),
        finding.messageEn(),
        finding.messageJa(),
        finding.ruleId(),
        seq(finding.citations()),
        map(finding.factTexts()));
  }

  /** The failure's own message: the engine's name the rule and the root cause's type. */
  private static String reason(RuntimeException error) {
    String message = error.getMessage();
    return message == null || message.isBlank() ? error.getClass().getName() : message;
  }

  Row order(Order order) {
    Customer customer = order.customer();
    return RowFactory.create(
        order.orderId(),
        partner(order.seller()),
        RowFactory.create(
            customer.tenantId(),
            customer.country(),
            seq(customer.agreementAcceptances(), a -> RowFactory.create(a.type().name(), a.dateAgreed().toString())),
            customer.ownerPartnerMpnId(),
            customer.ownerUsesTenantForCspTransactions().name().toLowerCase(Locale.ROOT)),
        order.currency(),
        order.orderDate().toString(),
        seq(order.lines(), line -> RowFactory.create(line.offerId(), line.kind().name(), line.quantity())));
  }

  Row application(EnrollmentApplication application) {
    return RowFactory.create(
        application.applicationId(),
        partner(application.partner()),
        application.model().name(),
        application.sellLocation());
  }

  private static Row partner(Partner partner) {
    Address address = partner.address();
    return RowFactory.create(
        partner.companyName(),
        partner.mpnId(),
        partner.mpnMembershipActive(),
        map(partner.locationMpnIds()),
        RowFactory.create(address.street(), address.city(), address.postalCode(), address.country()),
        partner.bankInformationOnFile(),
        partner.adminEmail(),
        partner.legalSignatory(),
        partner.supportPlan().name(),
        seq(partner.capabilities(), Enum::name),
        seq(partner.servicesOffered(), Enum::name),
        seq(partner.enrolledAs(), Enum::name),
        seq(partner.tenants(), tenant -> RowFactory.create(tenant.tenantId(), tenant.usedForCspTransactions())),
        seq(partner.indirectProviders(), p -> RowFactory.create(p.providerMpnId(), p.active())),
        seq(partner.customerRelationships()),
        seq(partner.revenue(), RecordsToRows::revenue));
  }

  private static Row revenue(RevenueRecord record) {
    return RowFactory.create(
        record.month().toString(),
        record.amount().toString(),
        record.currency(),
        record.kind().name(),
        record.channel().name());
  }

  private Object date(LocalDate date) {
    return java8Dates ? date : java.sql.Date.valueOf(date);
  }

  private static <T> Seq<Object> seq(Collection<T> values) {
    return seq(values, value -> value);
  }

  // A java.util.List in a row fails to encode (ArrayList is no scala.collection.Seq).
  private static <T> Seq<Object> seq(Collection<T> values, Function<T, Object> convert) {
    return ArraySeq.unsafeWrapArray(values.stream().map(convert).toArray());
  }

  private static scala.collection.Map<String, String> map(Map<String, String> values) {
    return CollectionConverters.asScala(values);
  }
}
