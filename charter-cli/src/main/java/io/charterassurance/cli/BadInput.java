package io.charterassurance.cli;

/** Input the CLI refuses before handing it to the library; {@code charter} prints the message and exits 2. */
final class BadInput extends RuntimeException {
  private static final long serialVersionUID = 1L;

  BadInput(String message) {
    super(message);
  }
}
