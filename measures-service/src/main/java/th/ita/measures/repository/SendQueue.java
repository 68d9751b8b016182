package th.ita.measures.repository;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The pending rows of a ledger of e-mails (reminders, ministry digests), as the sender works
 * through them. Every such ledger has a key that names one message to one address, a status ({@code
 * PENDING}, {@code SENT}, {@code DROPPED}), the time of its claim, its attempts and the last error;
 * this class holds the statements they share, so that the rules of sending once live in one place.
 *
 * @param <P> a pending row, as the ledger that owns the table reads it
 */
public final class SendQueue<P> {

  private final EntityManager em;
  private final String table;
  private final List<String> keyColumns;
  private final String columns;
  private final String keyMatch;
  private final Function<Object[], P> reader;
  private final Function<P, List<Object>> key;

  /**
   * @param keyColumns the table's primary key; the columns read into a pending row start with them
   * @param otherColumns what else a pending row needs
   * @param reader a pending row from the values of the key and other columns, in that order
   * @param key a pending row's key values, in the order of {@code keyColumns}
   */
  public SendQueue(
      EntityManager em,
      String table,
      List<String> keyColumns,
      List<String> otherColumns,
      Function<Object[], P> reader,
      Function<P, List<Object>> key) {
    this.em = em;
    this.table = table;
    this.keyColumns = List.copyOf(keyColumns);
    List<String> all = new ArrayList<>(keyColumns);
    all.addAll(otherColumns);
    this.columns = String.join(", ", all);
    List<String> match = new ArrayList<>();
    for (int i = 0; i < keyColumns.size(); i++) {
      match.add(keyColumns.get(i) + " = ?" + (i + 1));
    }
    this.keyMatch = String.join(" AND ", match);
    this.reader = reader;
    this.key = key;
  }

  /**
   * Up to {@code limit} pending messages, fewest attempts and oldest first, locked until the
   * transaction ends; rows another replica has locked are skipped, not waited for.
   */
  @SuppressWarnings("unchecked")
  public List<P> lockPending(int limit) {
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT "
                    + columns
                    + " FROM "
                    + table
                    + " WHERE status = 'PENDING' ORDER BY attempts, claimed_at, "
                    + String.join(", ", keyColumns)
                    + " LIMIT ?1 FOR UPDATE SKIP LOCKED")
            .setParameter(1, limit)
            .getResultList();
    return rows.stream().map(reader).toList();
  }

  public void sent(P p, OffsetDateTime now) {
    update(p, "status = 'SENT', sent_at = ?v, attempts = attempts + 1, last_error = NULL", now);
  }

  /** The message no longer applies (what it was about or whom it was for is gone). */
  public void dropped(P p, String why) {
    update(p, "status = 'DROPPED', last_error = ?v", shorten(why));
  }

  /** The send failed: the row stays pending for the next run, with what went wrong. */
  public void failed(P p, String error) {
    update(p, "attempts = attempts + 1, last_error = ?v", shorten(error));
  }

  public long pendingCount() {
    return ((Number)
            em.createNativeQuery("SELECT count(*) FROM " + table + " WHERE status = 'PENDING'")
                .getSingleResult())
        .longValue();
  }

  private void update(P p, String set, Object value) {
    int valueIndex = keyColumns.size() + 1;
    Query update =
        em.createNativeQuery(
            "UPDATE "
                + table
                + " SET "
                + set.replace("?v", "?" + valueIndex)
                + " WHERE "
                + keyMatch);
    List<Object> values = key.apply(p);
    for (int i = 0; i < values.size(); i++) {
      update.setParameter(i + 1, values.get(i));
    }
    update.setParameter(valueIndex, value).executeUpdate();
  }

  private static String shorten(String text) {
    return text == null || text.length() <= 500 ? text : text.substring(0, 500);
  }
}
