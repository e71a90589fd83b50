package io.charterassurance.model.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.charterassurance.model.text.PlainText;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * What the submission reader adds to the shared mapping: numbers that would be too long written
 * out in full are refused before anything can expand them, and a date must be a date alone.
 */
final class SubmissionModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  SubmissionModule() {
    super("charter-submission");
    addDeserializer(BigDecimal.class, new BoundedDecimal());
    addDeserializer(LocalDate.class, new DateOnly());
  }

  /**
   * A number such as {@code 1e999999999} is a few characters long but a billion digits written
   * out; {@code toPlainString}, {@code setScale} or a division would then run out of memory or
   * time. Such a number is refused here, as it is read, with the field's path; each field's own
   * bounds ({@code @Digits}, {@code @DecimalMax}) are checked by validation.
   */
  static final class BoundedDecimal extends StdScalarDeserializer<BigDecimal> {
    private static final long serialVersionUID = 1L;

    BoundedDecimal() {
      super(BigDecimal.class);
    }

    @Override
    public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      BigDecimal value = NumberDeserializers.BigDecimalDeserializer.instance.deserialize(p, ctxt);
      if (value == null) {
        return null;
      }
      // Digits before the point (the adjusted exponent + 1) and after it, without expanding the number.
      long before = (long) value.precision() - value.scale();
      long after = value.scale();
      if (before > Limits.NUMBER) {
        throw Refusal.at(p, "is " + value + ", too large a number: written out it would have " + Limits.grouped(before)
            + " digits before the decimal point, and a number may have at most " + Limits.NUMBER + " digits");
      }
      if (after > Limits.NUMBER) {
        throw Refusal.at(p, "is " + value + ", too precise a number: written out it would have " + Limits.grouped(after)
            + " digits after the decimal point, and a number may have at most " + Limits.NUMBER + " digits");
      }
      return value;
    }
  }

  /**
   * A date written {@code 2026-03-31}, and nothing more: Jackson's own reader would take the date
   * from {@code 2026-03-31T23:59:59Z} and drop the time, which may be the next or previous day in
   * England.
   */
  static final class DateOnly extends StdScalarDeserializer<LocalDate> {
    private static final long serialVersionUID = 1L;
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern DATE_AND_MORE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt ].*");

    DateOnly() {
      super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
      }
      String text = p.getText().strip();
      if (DATE_AND_MORE.matcher(text).matches()) {
        throw Refusal.at(p, "must be a date such as 2026-03-31, without a time (found \"" + PlainText.excerpt(text) + "\")");
      }
      if (DATE.matcher(text).matches()) {
        try {
          return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
          // An impossible day such as 2025-02-30: reported below like any other text.
        }
      }
      throw InvalidFormatException.from(p, "not a date", text, LocalDate.class);
    }
  }
}
