/** crosscheck cli. */
package io.github.crosscheck.cli;
