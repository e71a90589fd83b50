/**
 * Small programs that embed Charter Assurance through its public API only: {@link
 * io.charterassurance.examples.AssessOne} (one file to a band and its gaps), {@link
 * io.charterassurance.examples.PublishCsv} (a folder to one CSV for publication) and {@link
 * io.charterassurance.examples.TailoredPolicy} (the same submission under a tailored scoring
 * policy). Each keeps its work in a static method that returns values; {@code main} only parses
 * arguments, prints and sets the exit code. Regions marked {@code tag::name[]} are the snippets the
 * module README quotes.
 */
package io.charterassurance.examples;
