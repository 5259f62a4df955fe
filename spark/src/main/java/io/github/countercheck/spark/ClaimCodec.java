package io.github.countercheck.spark;

import io.github.countercheck.claims.Claim;
import io.github.countercheck.claims.Event;
import io.github.countercheck.claims.Modality;
import io.github.countercheck.claims.Quantity;
import io.github.countercheck.claims.QuantityKind;
import io.github.countercheck.claims.Scope;
import io.github.countercheck.claims.Subject;
import io.github.countercheck.core.Language;
import io.github.countercheck.core.Span;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The compact binary form of a claim between the stages of a job: a format byte, the enums as
 * one byte each (their ordinals: both ends run the same code), numbers as unsigned varints,
 * strings as a varint length and UTF-8, a flag byte for the optional fields. A claim of a news
 * article takes about 80 to 150 bytes, a third of its JSON. Decoding runs the claim's own
 * validation, so a corrupt record is an {@link IllegalArgumentException}, never a wrong claim
 * that looks right.
 */
final class ClaimCodec {
  private static final int FORMAT = 1;
  private static final Event[] EVENTS = Event.values();
  private static final Subject[] SUBJECTS = Subject.values();
  private static final QuantityKind[] KINDS = QuantityKind.values();
  private static final Language[] LANGUAGES = Language.values();
  private static final Modality[] MODALITIES = Modality.values();
  private static final Scope[] SCOPES = Scope.values();

  private static final int VALUE = 1;
  private static final int HIGH = 2;
  private static final int ATTRIBUTION = 4;
  private static final int LOCATION = 8;
  private static final int TIME = 16;
  private static final int SCOPE_CUE = 32;

  private ClaimCodec() {}

  static byte[] encode(Claim c) {
    Out out = new Out();
    out.write(FORMAT);
    Quantity q = c.quantity();
    int flags = (q.value() != null ? VALUE : 0) | (q.high() != null ? HIGH : 0)
        | (c.attribution() != null ? ATTRIBUTION : 0) | (c.location() != null ? LOCATION : 0)
        | (c.time() != null ? TIME : 0) | (c.scopeCue() != null ? SCOPE_CUE : 0);
    out.write(flags);
    out.write(c.event().ordinal());
    out.write(c.subject().ordinal());
    out.write(q.kind().ordinal());
    out.write(c.language().ordinal());
    out.write(c.modality().ordinal());
    out.write(c.scope().ordinal());
    out.string(c.document());
    out.varint(c.span().start());
    out.varint(c.span().length());
    out.string(c.text());
    out.varint(q.low());
    if (q.value() != null) {
      out.varint(q.value());
    }
    if (q.high() != null) {
      out.varint(q.high());
    }
    if (c.attribution() != null) {
      out.string(c.attribution());
    }
    if (c.location() != null) {
      out.string(c.location());
    }
    if (c.time() != null) {
      out.string(c.time());
    }
    if (c.scopeCue() != null) {
      out.string(c.scopeCue());
    }
    return out.toByteArray();
  }

  static Claim decode(byte[] bytes) {
    In in = new In(bytes);
    if (in.read() != FORMAT) {
      throw new IllegalArgumentException("not a claim of format " + FORMAT);
    }
    int flags = in.read();
    Event event = in.pick(EVENTS);
    Subject subject = in.pick(SUBJECTS);
    QuantityKind kind = in.pick(KINDS);
    Language language = in.pick(LANGUAGES);
    Modality modality = in.pick(MODALITIES);
    Scope scope = in.pick(SCOPES);
    String document = in.string();
    int start = (int) in.varint(Integer.MAX_VALUE);
    int length = (int) in.varint(Integer.MAX_VALUE - start);
    String text = in.string();
    long low = in.varint(Long.MAX_VALUE);
    Long value = (flags & VALUE) != 0 ? in.varint(Long.MAX_VALUE) : null;
    Long high = (flags & HIGH) != 0 ? in.varint(Long.MAX_VALUE) : null;
    String attribution = (flags & ATTRIBUTION) != 0 ? in.string() : null;
    String location = (flags & LOCATION) != 0 ? in.string() : null;
    String time = (flags & TIME) != 0 ? in.string() : null;
    String scopeCue = (flags & SCOPE_CUE) != 0 ? in.string() : null;
    if (!in.atEnd()) {
      throw new IllegalArgumentException("bytes after the end of a claim");
    }
    return new Claim(document, Span.of(start, start + length), text,
        new Quantity(kind, value, low, high), event, subject, attribution, location, time,
        language, modality, scope, scopeCue);
  }

  /** A growing buffer. */
  private static final class Out extends ByteArrayOutputStream {
    Out() {
      super(128);
    }

    void varint(long v) {
      while ((v & ~0x7FL) != 0) {
        write((int) (v & 0x7F) | 0x80);
        v >>>= 7;
      }
      write((int) v);
    }

    void string(String s) {
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      varint(b.length);
      write(b, 0, b.length);
    }
  }

  /** A reader that refuses to run past the end. */
  private static final class In {
    private final byte[] b;
    private int pos;

    In(byte[] b) {
      this.b = b;
    }

    int read() {
      if (pos >= b.length) {
        throw new IllegalArgumentException("a claim's bytes end too soon");
      }
      return b[pos++] & 0xFF;
    }

    <E> E pick(E[] values) {
      int i = read();
      if (i >= values.length) {
        throw new IllegalArgumentException("no " + values[0].getClass().getSimpleName()
            + " numbered " + i);
      }
      return values[i];
    }

    long varint(long max) {
      long v = 0;
      for (int shift = 0; shift < 64; shift += 7) {
        int x = read();
        v |= (long) (x & 0x7F) << shift;
        if ((x & 0x80) == 0) {
          if (v < 0 || v > max) {
            throw new IllegalArgumentException("a number out of range in a claim: " + v);
          }
          return v;
        }
      }
      throw new IllegalArgumentException("a number too long in a claim");
    }

    String string() {
      int n = (int) varint(Integer.MAX_VALUE);
      if (n > b.length - pos) {
        throw new IllegalArgumentException("a claim's bytes end too soon");
      }
      String s = new String(b, pos, n, StandardCharsets.UTF_8);
      pos += n;
      return s;
    }

    boolean atEnd() {
      return pos == b.length;
    }
  }
}
