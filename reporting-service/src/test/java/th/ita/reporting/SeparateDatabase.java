package th.ita.reporting;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The fuzz suite and the access matrix change report settings, queue export jobs and rebuild the
 * read model with an ita-admin's rights, so they run in an application of their own, on fresh
 * infrastructure.
 */
public class SeparateDatabase implements QuarkusTestProfile {}
