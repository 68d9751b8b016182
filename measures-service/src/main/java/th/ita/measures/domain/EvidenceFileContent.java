package th.ita.measures.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** The bytes of an evidence file, in PostgreSQL (bytea), apart from its metadata. */
@Entity
@Table(name = "evidence_file_content")
public class EvidenceFileContent extends PanacheEntityBase {

  @Id
  @Column(name = "file_id")
  public UUID fileId;

  public byte[] content;
}
