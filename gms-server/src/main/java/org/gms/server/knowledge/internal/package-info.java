/** Implementation of versioned knowledge and re-analysis: JDBC storage, readers, rules, the job. */
package org.gms.server.knowledge.internal;
