namespace GeoAnomaly.Host.Tests.Support;

/// <summary>A made-up but realistic response of Grafana's <c>GET /api/annotations</c> (fields as Grafana 10/11 return
/// them): three verdicts made on the station review dashboard, one plain annotation without a verdict tag, and one
/// interference verdict whose tags forget the cause.</summary>
internal static class GrafanaExports
{
    /// <summary>2024-01-02T03:20:00Z in epoch milliseconds: inside the SY.SAA.H spectral-residual event of <see cref="EventsCsv"/>.</summary>
    public const long InFirstEvent = 1704165600000;

    /// <summary>The export.</summary>
    public const string Json = """
        [
          {
            "id": 4121, "alertId": 0, "alertName": "", "dashboardId": 7, "dashboardUID": "geoanomaly-station-review", "panelId": 2,
            "userId": 3, "newState": "", "prevState": "", "created": 1704445200000, "updated": 1704445260000,
            "time": 1704165600000, "timeEnd": 1704165600000, "text": "H and Z both step; Kp 7 that night", "metric": "",
            "login": "akiko", "email": "akiko@example.org", "avatarUrl": "/avatar/1", "data": {},
            "tags": ["geoanomaly", "verdict:interference", "cause:storm", "network:SY", "station:SAA", "channel:H", "detector:spectral-residual"]
          },
          {
            "id": 4122, "alertId": 0, "dashboardId": 7, "dashboardUID": "geoanomaly-station-review", "panelId": 2, "userId": 4,
            "created": 1704448800000, "updated": 1704448800000, "time": 1704167400000, "timeEnd": 1704169200000,
            "text": "offset persists,\nnot instrumental", "login": "", "email": "ben@example.org", "avatarUrl": "", "data": {},
            "tags": ["verdict:possible-precursor", "network:SY", "station:SAA", "channel:H", "detector:ssa-changepoint"]
          },
          {
            "id": 4123, "dashboardUID": "geoanomaly-station-review", "panelId": 3, "created": 1704452400000, "updated": 1704452400000,
            "time": 1704297600000, "timeEnd": 0, "text": "", "login": "akiko", "email": "akiko@example.org", "data": {},
            "tags": ["verdict:unknown", "network:SY", "station:SAB", "channel:wl", "detector:spectral-residual"]
          },
          {
            "id": 4124, "dashboardUID": "geoanomaly-network", "panelId": 0, "created": 1704452400000, "updated": 1704452400000,
            "time": 1704300000000, "timeEnd": 1704300000000, "text": "pump test announced by the water board", "login": "akiko", "data": {},
            "tags": ["geoanomaly", "note"]
          },
          {
            "id": 4125, "dashboardUID": "geoanomaly-station-review", "panelId": 2, "created": 1704452400000, "updated": 1704452400000,
            "time": 1704297600000, "timeEnd": 0, "text": "rain", "login": "akiko", "data": {},
            "tags": ["verdict:interference", "network:SY", "station:SAB", "channel:wl", "detector:spectral-residual"]
          }
        ]
        """;

    /// <summary>The events the verdicts of <see cref="Json"/> are about (an events CSV of detect).</summary>
    public static readonly string[] EventsCsv =
    [
        "network,station,channel,kind,detector,start,end,duration_s,score,raw_score,type,details",
        "SY,SAA,H,electromagnetic,spectral-residual,2024-01-02T03:00:00Z,2024-01-02T04:00:00Z,3600,0.9999,5.1,spike,",
        "SY,SAA,H,electromagnetic,ssa-changepoint,2024-01-02T03:40:00Z,2024-01-02T05:00:00Z,4800,0.99995,2.5,level-shift,",
        "SY,SAB,wl,fluid,spectral-residual,2024-01-03T16:00:00Z,2024-01-03T16:30:00Z,1800,0.9998,3.3,spike,",
    ];
}
