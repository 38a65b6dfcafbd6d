package kz.kenes.moderation.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataKeysTest {
  @TempDir Path dir;

  @Test
  void withoutAKeyOneIsGeneratedIntoTheDataFolderOnceAndKept() throws Exception {
    DataCipher first = DataKeys.load(name -> null, dir);
    Path file = dir.resolve("keys/data.key");
    assertThat(file).exists();
    assertThat(Base64.getDecoder().decode(Files.readString(file).strip())).hasSize(32);
    String stored = first.encrypt("900101300127");
    DataCipher again = DataKeys.load(name -> null, dir);
    assertThat(again.currentKeyId()).isEqualTo(first.currentKeyId());
    assertThat(again.decrypt(stored)).isEqualTo("900101300127");
  }

  @Test
  void theEnvironmentKeyWritesAndTheFileKeyAndOldKeysStillRead() {
    String fromFile = DataKeys.load(name -> null, dir).encrypt("a");
    String k1 = Base64.getEncoder().encodeToString(DataCipherTest.key(1));
    String k2 = Base64.getEncoder().encodeToString(DataCipherTest.key(2));
    String withK1 = DataKeys.load(Map.of(DataKeys.ENV_KEY, k1)::get, dir).encrypt("b");
    DataCipher rotated =
        DataKeys.load(
            Map.of(DataKeys.ENV_KEY, k2, DataKeys.ENV_OLD_KEYS, " " + k1 + " ,")::get, dir);
    assertThat(rotated.decrypt(fromFile)).isEqualTo("a");
    assertThat(rotated.decrypt(withK1)).isEqualTo("b");
    assertThat(rotated.currentKeyId())
        .isEqualTo(new DataCipher(DataCipherTest.key(2), java.util.List.of()).currentKeyId());
  }

  @Test
  void aMalformedKeyNamesTheVariableNotTheValue() {
    assertThatThrownBy(() -> DataKeys.load(Map.of(DataKeys.ENV_KEY, "c2VjcmV0")::get, dir))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("KENES_DATA_KEY")
        .hasMessageNotContaining("c2VjcmV0");
  }
}
