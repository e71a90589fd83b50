package io.charterassurance.model.text;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a text field that may run over several lines (a quotation, a decision, a reason): tabs,
 * line feeds and CR LF line ends are accepted in it. Every other text field is a single line, and
 * no field accepts other control characters ({@link PlainText}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface MultilineText {}
