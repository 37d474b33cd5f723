package dev.csprules.testkit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Lays overrides over a fixture: mappings merge field by field, at every depth; a list or a
 * scalar replaces what it overrides whole, and so does an empty mapping, since merging nothing
 * would be a no-op nobody writes on purpose. So {@code address: {postalCode: ""}} changes one part
 * of the address, {@code enrolledAs: []} empties the list and {@code locationMpnIds: {}} the map.
 */
final class DeepMerge {
  private DeepMerge() {}

  static Value.Mapping merge(Value.Mapping base, Value.Mapping overrides) {
    List<Value.Field> fields = new ArrayList<>();
    for (Value.Field field : base.fields()) {
      Optional<Value.Field> override = overrides.field(field.key());
      fields.add(override.map(over -> mergeField(field, over)).orElse(field));
    }
    for (Value.Field field : overrides.fields()) {
      if (!base.has(field.key())) {
        fields.add(field);
      }
    }
    return new Value.Mapping(fields, overrides.location());
  }

  private static Value.Field mergeField(Value.Field base, Value.Field override) {
    if (base.value() instanceof Value.Mapping baseMapping
        && override.value() instanceof Value.Mapping overrideMapping
        && !overrideMapping.fields().isEmpty()) {
      return new Value.Field(override.key(), override.keyLocation(), merge(baseMapping, overrideMapping));
    }
    return override;
  }
}
