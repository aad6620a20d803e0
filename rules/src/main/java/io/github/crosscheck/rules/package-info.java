/** crosscheck rules. */
package io.github.crosscheck.rules;
