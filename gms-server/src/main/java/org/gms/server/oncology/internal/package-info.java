/** The oncology feature's storage, jobs, controllers and report forms. */
package org.gms.server.oncology.internal;
