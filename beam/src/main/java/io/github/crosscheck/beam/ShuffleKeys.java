package io.github.crosscheck.beam;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.hash.Hashing;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;

/**
 * The keys the pipeline shuffles by. With {@code buckets == 0} every document id and every group is
 * its own key (the natural form for Flink, Spark or Dataflow). With {@code buckets > 0} keys are
 * hashed into that many buckets and the steps after the shuffle split a bucket back into its ids and
 * groups in memory: the results are the same, but the runner handles far fewer keys (the
 * DirectRunner's cost is per key). Immutable and serializable.
 */
public record ShuffleKeys(int buckets) implements Serializable {
  private static final long serialVersionUID = 1L;

  public ShuffleKeys {
    checkArgument(buckets >= 0, "buckets must be >= 0, got %s", buckets);
  }

  /** The shuffle key for an id or group key. */
  public String of(String key) {
    if (buckets == 0) {
      return key;
    }
    int hash = Hashing.murmur3_32_fixed().hashString(key, StandardCharsets.UTF_8).asInt();
    return "bucket " + Math.floorMod(hash, buckets);
  }
}
