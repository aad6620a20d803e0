/** crosscheck docs. */
package io.github.crosscheck.docs;
