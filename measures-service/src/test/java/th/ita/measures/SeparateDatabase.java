package th.ita.measures;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The fuzz suite and the access matrix change plans and measures with an ita-admin's rights, so
 * they run in an application of their own, on fresh infrastructure.
 */
public class SeparateDatabase implements QuarkusTestProfile {}
