package se.samsyn.consent;

public enum ConsentPurpose {
  SIP,
  JOINT_ASSESSMENT,
  INTERVENTION,
  OTHER
}
