package kz.kenes.forum.budget;

/** How a ballot reached the count. */
public enum BallotChannel {
  /** Cast by the voter on the site with their verified phone. */
  ONLINE,
  /** Written on paper at a booth and entered by an operator or official with the voter's phone. */
  PAPER
}
