/** What the genomics reports written as HTML share: text escaping and the page style. */
package org.gms.genomics.report;
