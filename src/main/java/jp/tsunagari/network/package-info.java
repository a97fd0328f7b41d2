/**
 * The community-care graph (地域の支え合いネットワーク): areas, residents and their needs, the people and
 * organizations who help them, individual networks (個別ネットワーク), same-kind and cross-kind provider networks
 * (同種・異種事業者間ネットワーク), neighbourhood associations and their NPO referrals, coordinators and councils
 * (seed 002 §4). Every write goes through a service here that validates it field by field and publishes a
 * {@link jp.tsunagari.network.NetworkChanged}; only users whose role and areas allow the change may make it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Community-care network")
package jp.tsunagari.network;
