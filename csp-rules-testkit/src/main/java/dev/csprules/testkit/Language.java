package dev.csprules.testkit;

import dev.csprules.api.Finding;

/** The language a finding's message is shown in. */
public enum Language {
  EN,
  JA;

  public String message(Finding finding) {
    return this == JA ? finding.messageJa() : finding.messageEn();
  }
}
