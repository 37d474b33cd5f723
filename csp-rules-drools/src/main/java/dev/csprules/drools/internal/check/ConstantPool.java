package dev.csprules.drools.internal.check;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What one class file names: its own name, its supertypes, the classes it refers to and the
 * fields and methods it uses, read from its constant pool (JVMS 4.1 and 4.4) without loading it.
 * A class file this reader does not fully understand is refused, never skipped.
 */
record ConstantPool(
    String className, String superName, List<String> interfaces, List<String> classes, List<Member> members) {

  /** A field or method another class's code uses: owner and name in internal form, and its descriptor. */
  record Member(String owner, String name, String descriptor, boolean method) {
    @Override
    public String toString() {
      return owner + "." + name + descriptor;
    }
  }

  /** Java 17's class file version: nothing generated here is newer. */
  private static final int MAX_MAJOR_VERSION = 61;

  /**
   * @return the class file's references, or empty when it is not one this reader accepts: a
   *     newer version, an unknown constant, or a dynamically computed constant
   */
  static Optional<ConstantPool> read(byte[] classFile) {
    try {
      return Optional.ofNullable(parse(ByteBuffer.wrap(classFile)));
    } catch (BufferUnderflowException | IndexOutOfBoundsException | ClassCastException e) {
      return Optional.empty();
    }
  }

  private static ConstantPool parse(ByteBuffer in) {
    if (in.getInt() != 0xCAFEBABE) {
      return null;
    }
    in.getShort();
    if (Short.toUnsignedInt(in.getShort()) > MAX_MAJOR_VERSION) {
      return null;
    }
    int count = Short.toUnsignedInt(in.getShort());
    Object[] entries = new Object[count];
    int[] tags = new int[count];
    for (int i = 1; i < count; i++) {
      int tag = Byte.toUnsignedInt(in.get());
      tags[i] = tag;
      switch (tag) {
        case 1 -> {
          byte[] utf = new byte[Short.toUnsignedInt(in.getShort())];
          in.get(utf);
          entries[i] = new String(utf, StandardCharsets.UTF_8);
        }
        case 3, 4 -> in.getInt();
        case 5, 6 -> {
          in.getLong();
          i++;
        }
        case 7, 8, 16, 19, 20 -> entries[i] = new int[] {Short.toUnsignedInt(in.getShort())};
        case 9, 10, 11, 12, 18 -> entries[i] = new int[] {Short.toUnsignedInt(in.getShort()), Short.toUnsignedInt(in.getShort())};
        case 15 -> entries[i] = new int[] {Byte.toUnsignedInt(in.get()), Short.toUnsignedInt(in.getShort())};
        default -> {
          // 17 (CONSTANT_Dynamic) computes a constant by running a bootstrap method; others are unknown.
          return null;
        }
      }
    }
    List<String> classes = new ArrayList<>();
    List<Member> members = new ArrayList<>();
    for (int i = 1; i < count; i++) {
      if (tags[i] == 7) {
        classes.add(utf(entries, ((int[]) entries[i])[0]));
      } else if (tags[i] == 9 || tags[i] == 10 || tags[i] == 11) {
        int[] ref = (int[]) entries[i];
        int[] nameAndType = (int[]) entries[ref[1]];
        if (tags[ref[1]] != 12 || tags[ref[0]] != 7) {
          return null;
        }
        members.add(new Member(
            utf(entries, ((int[]) entries[ref[0]])[0]),
            utf(entries, nameAndType[0]),
            utf(entries, nameAndType[1]),
            tags[i] != 9));
      }
    }
    in.getShort();
    String className = classOf(entries, tags, Short.toUnsignedInt(in.getShort()));
    int superIndex = Short.toUnsignedInt(in.getShort());
    String superName = superIndex == 0 ? "" : classOf(entries, tags, superIndex);
    List<String> interfaces = new ArrayList<>();
    int interfaceCount = Short.toUnsignedInt(in.getShort());
    for (int i = 0; i < interfaceCount; i++) {
      interfaces.add(classOf(entries, tags, Short.toUnsignedInt(in.getShort())));
    }
    return new ConstantPool(className, superName, List.copyOf(interfaces), List.copyOf(classes), List.copyOf(members));
  }

  private static String classOf(Object[] entries, int[] tags, int index) {
    if (tags[index] != 7) {
      throw new ClassCastException("not a class constant");
    }
    return utf(entries, ((int[]) entries[index])[0]);
  }

  private static String utf(Object[] entries, int index) {
    return (String) entries[index];
  }
}
