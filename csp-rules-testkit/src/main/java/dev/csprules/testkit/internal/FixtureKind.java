package dev.csprules.testkit.internal;

/** What a fixture stands for, named as its group under {@code fixtures:}. */
enum FixtureKind {
  PARTNERS("partners"),
  CUSTOMERS("customers"),
  APPLICATIONS("applications"),
  ORDERS("orders");

  private final String key;

  FixtureKind(String key) {
    this.key = key;
  }

  String key() {
    return key;
  }
}
