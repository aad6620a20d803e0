package io.github.crosscheck.rules.event;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Range;
import io.github.crosscheck.core.claim.Claim;
import io.github.crosscheck.core.claim.ClaimKind;
import io.github.crosscheck.core.claim.Entity;
import io.github.crosscheck.core.claim.Modality;
import io.github.crosscheck.core.normalize.DerivedDate;
import io.github.crosscheck.rules.ClaimValues;
import io.github.crosscheck.rules.DayRanges;
import io.github.crosscheck.rules.SubjectGroups;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Groups event-date claims into events: same event type, compatible participants (one side names
 * none, or they share someone), and days that overlap. Precise claims are placed first; a coarser
 * one ("in January") joins the event it overlaps, or stands alone when it overlaps several. A claim
 * whose date is relative to an unknown publication time joins the only candidate event of its kind,
 * with lower confidence; when there are several candidates, such claims form one undated event
 * together. Every decision leaves a note on the event. Stateless; thread-safe.
 */
public final class EventResolver {

  /** The events of a story and, for each event-date claim, the event it was placed in. */
  /** Up to this many clusters of a type, the resolver compares a claim with each rather than index them. */
  static final int UNINDEXED_CLUSTERS = 8;

  private final int unindexedClusters;
  private final boolean loneClaimsApart;

  public EventResolver() {
    this(UNINDEXED_CLUSTERS, true);
  }

  /** A resolver indexing a type's clusters once there are more than {@code unindexedClusters} (tests compare the two ways). */
  EventResolver(int unindexedClusters) {
    this(unindexedClusters, true);
  }

  /**
   * As above; {@code loneClaimsApart} makes the event of a type's only claim, a stated date, directly
   * rather than by clustering (tests compare the two ways).
   */
  EventResolver(int unindexedClusters, boolean loneClaimsApart) {
    this.unindexedClusters = unindexedClusters;
    this.loneClaimsApart = loneClaimsApart;
  }

  /**
   * One resolution's events, the event of each placed claim (by claim id), and what numbering these
   * events among other parts' needs of them, read while they were made.
   */
  public record Resolution(ImmutableList<Event> events, ImmutableMap<String, String> eventOfClaim, NumberingKeys keys) {}

  private static final class Cluster {
    final String type;
    final List<Claim> claims = new ArrayList<>();
    /** The participants of all claims so far; made once a later claim adds one (or the first's set is not in natural order). */
    private Set<Entity> grownParticipants;
    /** The first claim's participants while no later claim added any: the event's, without a copy. */
    ImmutableSortedSet<Entity> firstParticipants;
    final List<String> notes = new ArrayList<>();
    Range<LocalDate> days;
    double confidence = 1.0;
    int order;

    Cluster(String type) {
      this.type = type;
    }

    boolean compatible(Claim claim) {
      return SubjectGroups.compatible(claim.subject().participants(), participants());
    }

    /** The participants of the cluster's claims, in natural order. */
    Set<Entity> participants() {
      return grownParticipants != null ? grownParticipants : firstParticipants != null ? firstParticipants : Set.of();
    }

    /** Whether the cluster's days share one with the claim's (both closed ranges of days). */
    boolean overlaps(DatedClaim claim) {
      return days != null && days.lowerEndpoint().toEpochDay() <= claim.firstDay() + claim.width()
          && claim.firstDay() <= days.upperEndpoint().toEpochDay();
    }

    void add(Claim claim, Optional<Range<LocalDate>> claimDays) {
      boolean first = claims.isEmpty();
      claims.add(claim);
      ImmutableSortedSet<Entity> own = claim.subject().participants();
      if (first) {
        if (inNaturalOrder(own)) {
          firstParticipants = own;
        } else {
          grownParticipants = new TreeSet<>(own);
        }
      } else if (!participants().containsAll(own)) {
        if (grownParticipants == null) {
          grownParticipants = new TreeSet<>(firstParticipants);
          firstParticipants = null;
        }
        grownParticipants.addAll(own);
      }
      if (claimDays.isPresent()) {
        days = days == null ? claimDays.get()
            : days.isConnected(claimDays.get()) && !days.intersection(claimDays.get()).isEmpty()
                ? days.intersection(claimDays.get()) : days;
      }
    }
  }

  private static final Comparator<Claim> BY_TYPE_THEN_ID =
      Comparator.comparing((Claim c) -> c.subject().predicate()).thenComparing(Claim::id);

  public Resolution resolve(List<Claim> claims) {
    // A denied date ("did not take place on Monday") is no occurrence of the event.
    int count = 0;
    for (int i = 0; i < claims.size(); i++) {
      count += isOccurrence(claims.get(i)) ? 1 : 0;
    }
    Claim[] occurrences = new Claim[count];
    count = 0;
    for (int i = 0; i < claims.size(); i++) {
      if (isOccurrence(claims.get(i))) {
        occurrences[count++] = claims.get(i);
      }
    }
    // Each type's claims are then a run, in id order, and the types come in the order they are resolved in.
    Arrays.sort(occurrences, BY_TYPE_THEN_ID);
    List<Event> events = new ArrayList<>();
    Map<String, Integer> ids = new java.util.HashMap<>();
    ImmutableMap.Builder<String, String> eventOfClaim = ImmutableMap.builderWithExpectedSize(count);
    for (int start = 0; start < count; ) {
      String type = occurrences[start].subject().predicate();
      int end = start + 1;
      while (end < count && occurrences[end].subject().predicate().equals(type)) {
        end++;
      }
      if (loneClaimsApart && end - start == 1 && phase(occurrences[start]) == PRECISE) {
        Event event = alone(type, occurrences[start], ids);
        events.add(event);
        eventOfClaim.put(occurrences[start].id(), event.id());
      } else {
        for (Cluster cluster : clusters(type, Arrays.asList(occurrences).subList(start, end), unindexedClusters)) {
          Event event = toEvent(cluster, ids);
          events.add(event);
          cluster.claims.forEach(c -> eventOfClaim.put(c.id(), event.id()));
        }
      }
      start = end;
    }
    ImmutableList<Event> made = ImmutableList.copyOf(events);
    return new Resolution(made, eventOfClaim.buildKeepingLast(), NumberingKeys.of(made));
  }

  /** Whether a claim dates an occurrence of its event: an event date that is not denied. */
  private static boolean isOccurrence(Claim claim) {
    return claim.kind() == ClaimKind.EVENT_DATE && claim.modality() != Modality.NEGATED;
  }

  /** Claims are placed in three rounds: stated dates, then dates derived from another, then undated claims. */
  static final int PRECISE = 0;
  private static final int DERIVED = 1;
  private static final int UNDATED = 2;

  /** The round in which a claim is placed. */
  static int phase(Claim claim) {
    return !ClaimValues.isDated(claim.value()) ? UNDATED : claim.value() instanceof DerivedDate ? DERIVED : PRECISE;
  }

  /** Precise claims first, then by their first day: the days computed once per claim, not per comparison. */
  private static final Comparator<DatedClaim> PLACING_ORDER = Comparator.comparingLong(DatedClaim::width)
      .thenComparingLong(DatedClaim::firstDay).thenComparing(d -> d.claim().id());

  private static List<Cluster> clusters(String type, List<Claim> claims, int unindexedClusters) {
    List<DatedClaim> dated = new ArrayList<>(claims.size());
    List<DatedClaim> derived = List.of(); // most types have no derived and no undated claim
    List<Claim> undated = List.of();
    for (int i = 0; i < claims.size(); i++) {
      Claim claim = claims.get(i);
      switch (phase(claim)) {
        case PRECISE -> dated.add(DatedClaim.of(claim, ClaimValues.days(claim).get()));
        case DERIVED -> {
          derived = derived.isEmpty() ? new ArrayList<>() : derived;
          derived.add(DatedClaim.of(claim, ClaimValues.days(claim).get()));
        }
        default -> {
          undated = undated.isEmpty() ? new ArrayList<>() : undated;
          undated.add(claim);
        }
      }
    }
    dated.sort(PLACING_ORDER);
    Clusters clusters = new Clusters(unindexedClusters);
    for (int i = 0; i < dated.size(); i++) {
      place(type, dated.get(i), clusters, false);
    }
    for (int i = 0; i < derived.size(); i++) {
      place(type, derived.get(i), clusters, true);
    }
    placeUndated(type, undated, clusters);
    return clusters.all;
  }

  /**
   * The clusters of one event type, indexed by participant so a claim is compared only with the
   * clusters it could join, not with every cluster of its type. A few clusters are not indexed: a
   * claim is compared with each of them, which the callers' test of participants narrows to the very
   * clusters the index would give.
   */
  private static final class Clusters {
    /** Up to this many clusters, every cluster is a candidate. */
    private final int unindexed;
    final List<Cluster> all = new ArrayList<>();
    Map<Entity, List<Cluster>> byParticipant;
    final List<Cluster> anonymous = new ArrayList<>();

    Clusters(int unindexed) {
      this.unindexed = unindexed;
    }

    void add(Cluster cluster) {
      cluster.order = all.size();
      all.add(cluster);
      if (byParticipant != null) {
        reindex(cluster);
      } else if (all.size() > unindexed) {
        byParticipant = new java.util.HashMap<>();
        all.forEach(this::reindex);
      }
    }

    void reindex(Cluster cluster) {
      if (byParticipant == null) {
        return; // not indexed yet: the index is built from the clusters as they then stand
      }
      if (cluster.participants().isEmpty()) {
        if (!anonymous.contains(cluster)) {
          anonymous.add(cluster);
        }
        return;
      }
      anonymous.remove(cluster);
      for (Entity entity : cluster.participants()) {
        List<Cluster> list = byParticipant.computeIfAbsent(entity, e -> new ArrayList<>());
        if (!list.contains(cluster)) {
          list.add(cluster);
        }
      }
    }

    /** The clusters a claim could join, in creation order. */
    List<Cluster> candidates(Claim claim) {
      Set<Entity> participants = claim.subject().participants();
      if (participants.isEmpty() || byParticipant == null) {
        return all;
      }
      if (participants.size() == 1 && anonymous.isEmpty()) {
        // The one participant's clusters, kept in creation order where they are indexed.
        List<Cluster> only = byParticipant.getOrDefault(participants.iterator().next(), List.of());
        for (int i = 1; i < only.size(); i++) {
          if (only.get(i - 1).order > only.get(i).order) {
            only.sort(java.util.Comparator.comparingInt(c -> c.order));
            break;
          }
        }
        return only;
      }
      java.util.Set<Cluster> found = new java.util.LinkedHashSet<>(anonymous);
      claim.subject().participants().forEach(e -> found.addAll(byParticipant.getOrDefault(e, List.of())));
      List<Cluster> ordered = new ArrayList<>(found);
      ordered.sort(java.util.Comparator.comparingInt(c -> c.order));
      return ordered;
    }
  }

  /** A claim with the days its resolved date names, their count less one and the first as an epoch day. */
  private record DatedClaim(Claim claim, Range<LocalDate> days, long width, long firstDay) {
    static DatedClaim of(Claim claim, Range<LocalDate> days) {
      long first = days.lowerEndpoint().toEpochDay();
      return new DatedClaim(claim, days, days.upperEndpoint().toEpochDay() - first, first);
    }
  }

  private static void place(String type, DatedClaim dated, Clusters clusters, boolean derived) {
    Claim claim = dated.claim();
    Range<LocalDate> days = dated.days();
    List<Cluster> overlapping = new ArrayList<>(2);
    for (Cluster candidate : clusters.candidates(claim)) {
      if (candidate.overlaps(dated) && candidate.compatible(claim)) {
        overlapping.add(candidate);
      }
    }
    if (overlapping.size() == 1) {
      Cluster cluster = overlapping.get(0);
      cluster.add(claim, Optional.of(days));
      clusters.reindex(cluster);
      if (dated.width() > 0) {
        cluster.notes.add(describe(claim) + " is less precise but contains the event's date");
      }
      if (derived) {
        cluster.notes.add(describe(claim) + " is derived from another date and agrees");
      }
      return;
    }
    Cluster own = new Cluster(type);
    own.add(claim, Optional.of(days));
    clusters.add(own);
    if (overlapping.size() > 1) {
      own.confidence = 0.5;
      own.notes.add(describe(claim) + " overlaps " + overlapping.size() + " events and is kept apart");
    } else if (derived) {
      own.notes.add(describe(claim) + " is derived from another date and matches no other claim");
    }
  }

  private static void placeUndated(String type, List<Claim> undated, Clusters clusters) {
    Cluster together = null;
    for (Claim claim : undated) {
      List<Cluster> candidates = clusters.candidates(claim).stream()
          .filter(c -> c.days != null && c.compatible(claim)).toList();
      if (candidates.size() == 1) {
        Cluster only = candidates.get(0);
        only.add(claim, Optional.empty());
        clusters.reindex(only);
        only.confidence = Math.min(only.confidence, 0.7);
        only.notes.add(describe(claim) + " has no resolvable date (unknown publication time); taken as the only "
            + type + " with these participants");
        continue;
      }
      if (together == null) {
        together = new Cluster(type);
        together.confidence = 0.5;
        clusters.add(together);
      }
      together.add(claim, Optional.empty());
      clusters.reindex(together);
      together.notes.add(describe(claim) + " has no resolvable date"
          + (candidates.isEmpty() ? "" : " and could be any of " + candidates.size() + " dated events")
          + "; grouped with the other undated " + type + " claims, identity uncertain");
    }
  }

  /**
   * The event of the only claim of its type, a stated date: the event placing it among no other claims
   * makes (its days, its participants, full confidence, no note), without the clusters.
   */
  private static Event alone(String type, Claim claim, Map<String, Integer> taken) {
    Optional<Range<LocalDate>> days = ClaimValues.days(claim);
    ImmutableSortedSet<Entity> own = claim.subject().participants();
    ImmutableSortedSet<Entity> participants = inNaturalOrder(own) ? own : ImmutableSortedSet.copyOf(own);
    return new Event(unique(baseId(type, days), taken), type, participants, days,
        ImmutableList.of(claim), 1.0, ImmutableList.of());
  }

  /** Whether a claim's participants are in the natural order an event keeps them in, so it can keep the very set. */
  private static boolean inNaturalOrder(ImmutableSortedSet<Entity> participants) {
    return participants.comparator() == com.google.common.collect.Ordering.natural();
  }

  private static Event toEvent(Cluster cluster, Map<String, Integer> taken) {
    // A single day is the instance every claim and event of that day shares.
    Optional<Range<LocalDate>> days = cluster.days == null ? Optional.empty()
        : DayRanges.closed(cluster.days.lowerEndpoint(), cluster.days.upperEndpoint());
    String id = unique(baseId(cluster.type, days), taken);
    ImmutableSortedSet<Entity> participants = cluster.firstParticipants != null ? cluster.firstParticipants
        : ImmutableSortedSet.copyOf(cluster.participants());
    return new Event(id, cluster.type, participants, days,
        ImmutableList.copyOf(cluster.claims), cluster.confidence, ImmutableList.copyOf(cluster.notes));
  }

  /** An event's id before numbering: its type and its day or days, {@code call-2025-01-17}. */
  private static String baseId(String type, Optional<Range<LocalDate>> days) {
    String prefix = type.replace(' ', '-');
    if (days.isEmpty()) {
      return prefix + "-undated";
    }
    LocalDate first = days.get().lowerEndpoint();
    LocalDate last = days.get().upperEndpoint();
    if (hasFourDigitYear(first) && hasFourDigitYear(last)) {
      // One concatenation each, so the id is written once, at its length.
      int month = first.getMonthValue();
      int day = first.getDayOfMonth();
      if (first.equals(last)) {
        return prefix + "-" + first.getYear() + (month < 10 ? "-0" : "-") + month + (day < 10 ? "-0" : "-") + day;
      }
      int lastMonth = last.getMonthValue();
      int lastDay = last.getDayOfMonth();
      return prefix + "-" + first.getYear() + (month < 10 ? "-0" : "-") + month + (day < 10 ? "-0" : "-") + day
          + "/" + last.getYear() + (lastMonth < 10 ? "-0" : "-") + lastMonth + (lastDay < 10 ? "-0" : "-") + lastDay;
    }
    return prefix + "-" + first + (first.equals(last) ? "" : "/" + last);
  }

  /** Whether {@link LocalDate#toString} writes the day's year as four digits and nothing more. */
  private static boolean hasFourDigitYear(LocalDate day) {
    return day.getYear() >= 1000 && day.getYear() <= 9999;
  }

  /**
   * The base, or the base numbered {@code #2}, {@code #3}... when earlier events took it; {@code taken}
   * counts the events of each base so far. A base ends with a day or {@code undated}, never with
   * {@code #} and digits, so an id numbered from one base can never be another base or another base's
   * numbered id: counting per base gives every event an id no other has, in one lookup.
   */
  private static String unique(String base, Map<String, Integer> taken) {
    int n = taken.merge(base, 1, Integer::sum);
    return n == 1 ? base : base + "#" + n;
  }

  /**
   * The base an event's id was numbered from: the id without the {@code #} and digits {@link #unique}
   * may have added (a type's own {@code #} is kept).
   */
  static String baseOf(Event event) {
    String id = event.id();
    int mark = id.lastIndexOf('#');
    if (mark < 0 || mark == id.length() - 1) {
      return id;
    }
    for (int i = mark + 1; i < id.length(); i++) {
      if (id.charAt(i) < '0' || id.charAt(i) > '9') {
        return id;
      }
    }
    return id.substring(0, mark);
  }

  /**
   * The events of separate parts of one check numbered together: all of them in order, and each part's
   * in its own order under the new ids (the very list the part's resolution holds when none changed).
   */
  public record Numbered(ImmutableList<Event> events, ImmutableList<ImmutableList<Event>> parts, Positions positions) {
    /** The position among {@link #events} of event {@code event} of part {@code part} (in the part's own order). */
    public int position(int part, int event) {
      return positions.of(part, event);
    }
  }

  /**
   * Where each part's events stand among all of them once numbered together: found by a part's and an
   * event's index, where a map from ids to positions would hold every event of a large check. Immutable.
   */
  public static final class Positions {
    /** The index among all events in part order of each part's first event (then of the end). */
    private final int[] partStart;
    /** The position in numbered order of each event, in part order. */
    private final int[] position;

    private Positions(int[] partStart, int[] position) {
      this.partStart = partStart;
      this.position = position;
    }

    /** The positions of one part's events, in their own order. */
    static Positions ofOnePart(int events) {
      int[] position = new int[events];
      for (int e = 0; e < events; e++) {
        position[e] = e;
      }
      return new Positions(new int[] {0, events}, position);
    }

    int of(int part, int event) {
      Objects.checkIndex(event, partStart[part + 1] - partStart[part]);
      return position[partStart[part] + event];
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Positions p && Arrays.equals(partStart, p.partStart)
          && Arrays.equals(position, p.position);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(position);
    }

    @Override
    public String toString() {
      return "Positions" + Arrays.toString(position);
    }
  }

  /**
   * Numbers the events of parts resolved separately (parts whose claims can share no event) as one
   * resolution of all their claims numbers them: by type, then in the order the clusters are made —
   * precise dates first, then by first day and claim id; derived dates; undated claims — so a part's
   * events keep their ids whatever other parts come with it, but for the {@code #n} of a shared name.
   */
  public static Numbered numberTogether(List<ImmutableList<Event>> parts) {
    List<NumberingKeys> keys = new ArrayList<>(parts.size());
    parts.forEach(part -> keys.add(NumberingKeys.of(part)));
    return numberTogether(parts, keys);
  }

  /** As above, with each part's {@linkplain Resolution#keys keys} read when it was resolved. */
  public static Numbered numberTogether(List<ImmutableList<Event>> parts, List<NumberingKeys> keys) {
    if (parts.size() == 1) {
      return new Numbered(parts.get(0), ImmutableList.of(parts.get(0)), Positions.ofOnePart(parts.get(0).size()));
    }
    int total = 0;
    for (NumberingKeys part : keys) {
      total += part.size();
    }
    // The keys in arrays, sorted through an index: comparing two events then reads no event or claim.
    Event[] events = new Event[total];
    int[] partOf = new int[total];
    String[] typeName = new String[total];
    int[] typeHash = new int[total];
    int[] phase = new int[total];
    long[] width = new long[total];
    long[] firstDay = new long[total];
    String[] firstClaim = new String[total];
    String[] base = new String[total];
    int[] baseHash = new int[total];
    String[] local = new String[total];
    int n = 0;
    for (int p = 0; p < parts.size(); p++) {
      NumberingKeys part = keys.get(p);
      for (int e = 0; e < part.size(); e++, n++) {
        events[n] = parts.get(p).get(e);
        partOf[n] = p;
        typeName[n] = part.type[e];
        typeHash[n] = part.typeHash[e];
        phase[n] = part.phase[e];
        firstDay[n] = part.firstDay[e];
        width[n] = part.width[e];
        firstClaim[n] = part.firstClaim[e];
        base[n] = part.base[e];
        baseHash[n] = part.baseHash[e];
        local[n] = part.id[e];
      }
    }
    int[] type = typeRanks(typeName, typeHash);
    int[] order = creationOrder(type, phase, width, firstDay, firstClaim, true);
    // The ids are counted in creation order; the events are then renamed in their parts' order, the
    // order they lie in memory, rather than read in creation order from all over the heap.
    FirstOf bases = new FirstOf(total);
    int[] count = new int[total];
    String[] id = new String[total];
    for (int i = 0; i < total; i++) {
      int e = order[i];
      int numbered = ++count[bases.firstOf(base, baseHash, e)];
      id[e] = numbered == 1 ? base[e] : base[e] + "#" + numbered;
    }
    Event[] renamedEvent = new Event[total];
    boolean[] renamed = new boolean[parts.size()];
    for (int e = 0; e < total; e++) {
      // An event alone with its base keeps the very id object its part gave it.
      renamedEvent[e] = id[e] == local[e] || id[e].equals(local[e]) ? events[e] : events[e].withId(id[e]);
      renamed[partOf[e]] |= renamedEvent[e] != events[e];
    }
    Event[] numbered = new Event[total];
    for (int i = 0; i < total; i++) {
      numbered[i] = renamedEvent[order[i]];
    }
    // A part keeps its own list when none of its events changed id.
    List<ImmutableList.Builder<Event>> renumbered = new ArrayList<>(parts.size());
    for (int p = 0; p < parts.size(); p++) {
      renumbered.add(renamed[p] ? ImmutableList.builderWithExpectedSize(parts.get(p).size()) : null);
    }
    for (int i = 0; i < total; i++) {
      ImmutableList.Builder<Event> ofPart = renumbered.get(partOf[order[i]]);
      if (ofPart != null) {
        ofPart.add(numbered[i]);
      }
    }
    ImmutableList.Builder<ImmutableList<Event>> ofParts = ImmutableList.builderWithExpectedSize(parts.size());
    for (int p = 0; p < parts.size(); p++) {
      ofParts.add(renamed[p] ? renumbered.get(p).build() : parts.get(p));
    }
    int[] partStart = new int[parts.size() + 1];
    for (int p = 0; p < parts.size(); p++) {
      partStart[p + 1] = partStart[p] + parts.get(p).size();
    }
    int[] position = new int[total];
    for (int i = 0; i < total; i++) {
      position[order[i]] = i;
    }
    return new Numbered(ImmutableList.copyOf(numbered), ofParts.build(), new Positions(partStart, position));
  }

  /** Each event's type as its rank among the distinct types in natural order. */
  private static int[] typeRanks(String[] typeName, int[] typeHash) {
    FirstOf types = new FirstOf(typeName.length);
    int[] firstOfType = new int[typeName.length];
    List<Integer> distinct = new ArrayList<>();
    for (int e = 0; e < typeName.length; e++) {
      firstOfType[e] = types.firstOf(typeName, typeHash, e);
      if (firstOfType[e] == e) {
        distinct.add(e);
      }
    }
    distinct.sort(Comparator.comparing(e -> typeName[e]));
    int[] rankOfFirst = new int[typeName.length];
    for (int r = 0; r < distinct.size(); r++) {
      rankOfFirst[distinct.get(r)] = r;
    }
    int[] rank = new int[typeName.length];
    for (int e = 0; e < typeName.length; e++) {
      rank[e] = rankOfFirst[firstOfType[e]];
    }
    return rank;
  }

  /**
   * The first of several strings equal to each: an open-addressing table of the first index of each
   * distinct string, found by the hash taken when the string was at hand, so finding reads no map
   * entry, boxes no number and compares the strings themselves only when their hashes are equal.
   */
  private static final class FirstOf {
    private final int[] slots;

    FirstOf(int strings) {
      slots = new int[Integer.highestOneBit(Math.max(2, strings) * 2 - 1) * 2];
    }

    /** The index of the first string equal to {@code values[e]} so far: {@code e} itself when it is new. */
    int firstOf(String[] values, int[] hash, int e) {
      int mask = slots.length - 1;
      for (int slot = spread(hash[e]) & mask; ; slot = (slot + 1) & mask) {
        int first = slots[slot] - 1;
        if (first < 0) {
          slots[slot] = e + 1;
          return e;
        }
        if (hash[first] == hash[e] && (values[first] == values[e] || values[first].equals(values[e]))) {
          return first;
        }
      }
    }

    private static int spread(int hash) {
      return (hash ^ (hash >>> 16)) * 0x9E3779B1;
    }
  }

  /**
   * The indexes of the events in the order their clusters are made: by type, phase, width, first day,
   * then first claim id. The four numbers and each event's index are packed into one long and sorted as
   * primitives, and only events equal in all four (a few of one type and day, in different parts) are
   * ordered by claim id. Numbers too large to pack (or {@code mayPack} false) are compared as they are,
   * to the same order.
   */
  static int[] creationOrder(int[] type, int[] phase, long[] width, long[] firstDay, String[] firstClaim,
      boolean mayPack) {
    int total = type.length;
    long minDay = Long.MAX_VALUE;
    long maxDay = Long.MIN_VALUE;
    long maxWidth = 0;
    int maxType = 0;
    int maxPhase = 0;
    boolean negative = false;
    for (int i = 0; i < total; i++) {
      minDay = Math.min(minDay, firstDay[i]);
      maxDay = Math.max(maxDay, firstDay[i]);
      maxWidth = Math.max(maxWidth, width[i]);
      maxType = Math.max(maxType, type[i]);
      maxPhase = Math.max(maxPhase, phase[i]);
      negative |= type[i] < 0 || phase[i] < 0 || width[i] < 0;
    }
    Comparator<Integer> byNumbers = (a, b) -> type[a] != type[b] ? Integer.compare(type[a], type[b])
        : phase[a] != phase[b] ? Integer.compare(phase[a], phase[b])
        : width[a] != width[b] ? Long.compare(width[a], width[b])
        : Long.compare(firstDay[a], firstDay[b]);
    Comparator<Integer> byClaim = (a, b) -> firstClaim[a].compareTo(firstClaim[b]);
    // The four numbers and the index packed into one long, each in the bits its largest value needs:
    // for any real check that is well under 63 bits, and one sort of primitives orders the events.
    int dayBits = total == 0 ? 0 : bits(maxDay - minDay);
    int widthBits = bits(maxWidth);
    int phaseBits = bits(maxPhase);
    int indexBits = bits(total);
    boolean packs = mayPack && !negative && maxDay - minDay >= 0
        && bits(maxType) + phaseBits + widthBits + dayBits + indexBits <= 63;
    if (!packs) {
      Integer[] boxed = new Integer[total];
      for (int i = 0; i < total; i++) {
        boxed[i] = i;
      }
      Arrays.sort(boxed, byNumbers.thenComparing(byClaim));
      return Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
    }
    long[] keyed = new long[total];
    for (int i = 0; i < total; i++) {
      long key = (((long) type[i] << phaseBits | phase[i]) << widthBits | width[i]) << dayBits | (firstDay[i] - minDay);
      keyed[i] = key << indexBits | i;
    }
    Arrays.sort(keyed);
    long indexMask = (1L << indexBits) - 1;
    int[] order = new int[total];
    for (int i = 0; i < total; i++) {
      order[i] = (int) (keyed[i] & indexMask);
    }
    // Events equal in all four numbers sit together in index order; order each such run by claim id.
    for (int start = 0; start < total; ) {
      int end = start + 1;
      while (end < total && keyed[end] >>> indexBits == keyed[start] >>> indexBits) {
        end++;
      }
      if (end - start > 1 && end - start <= SHORT_RUN) {
        // A few events: sorted in place, stably, by insertion.
        for (int i = start + 1; i < end; i++) {
          int event = order[i];
          int j = i - 1;
          for (; j >= start && firstClaim[order[j]].compareTo(firstClaim[event]) > 0; j--) {
            order[j + 1] = order[j];
          }
          order[j + 1] = event;
        }
      } else if (end - start > 1) {
        Integer[] run = new Integer[end - start];
        for (int i = start; i < end; i++) {
          run[i - start] = order[i];
        }
        Arrays.sort(run, byClaim);
        for (int i = start; i < end; i++) {
          order[i] = run[i - start];
        }
      }
      start = end;
    }
    return order;
  }

  /** Up to this many events tied on the four numbers are ordered by insertion, more by a merge sort. */
  private static final int SHORT_RUN = 16;

  /** The bits a non-negative number needs (none for zero). */
  private static int bits(long value) {
    return 64 - Long.numberOfLeadingZeros(value);
  }

  private static String describe(Claim claim) {
    return "\"" + claim.evidence().quote() + "\" (" + claim.documentId() + ")";
  }
}
