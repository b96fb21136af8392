package com.jinpai.generate;

/** The fixed vocabularies of the synthetic operator: names, cities, brands, plans, channels. */
final class Catalog {

    /** Common surnames, commonest first (draws favour the front), a few compound ones at the end. */
    static final String[] SURNAMES = {
        "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林",
        "高", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "潘",
        "袁", "蔡", "蒋", "余", "于", "杜", "叶", "程", "魏", "苏", "吕", "丁", "任", "卢", "姚", "沈", "钟", "姜",
        "崔", "谭", "陆", "范", "汪", "廖", "石", "金", "韦", "贾", "夏", "付", "方", "邹", "熊", "白", "孟", "秦",
        "邱", "侯", "江", "尹", "薛", "闫", "段", "雷", "龙", "黎", "史", "陶", "贺", "毛", "郝", "顾", "龚", "邵",
        "万", "覃", "武", "钱", "戴", "严", "欧阳", "司马", "诸葛", "上官",
    };

    /** Characters of given names; a given name is one or two of them. */
    static final String[] GIVEN_NAME_CHARACTERS = {
        "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "霞",
        "平", "刚", "华", "玲", "斌", "宇", "浩", "凯", "鹏", "婷", "雪", "琳", "晨", "欣", "怡", "涵", "轩", "桐",
        "诺", "远", "佳", "然", "豪", "俊", "博", "建", "国", "志", "海", "燕", "丹", "颖", "慧", "倩", "辉", "鑫",
        "波", "宁", "亮", "飞", "红", "梅", "兰", "英", "秀", "文", "晓", "春", "秋", "东", "峰", "林", "森", "云",
        "帆", "阳", "子", "梓", "雨", "思", "嘉", "欢", "乐", "琪", "瑶", "萱", "泽", "睿", "铭", "昊", "天", "龙",
        "凤", "彬", "健", "成", "康", "荣", "璐", "薇", "晶", "蕾", "楠", "蓉", "洁", "萍", "莉", "珊", "怡", "一",
    };

    /** Regions (cities), the code used in manager e-mail addresses, and the share of customers. */
    static final String[] REGIONS = {"北京", "上海", "广州", "深圳", "杭州", "成都", "重庆", "武汉", "南京", "西安", "天津", "苏州"};
    static final String[] REGION_CODES = {"bj", "sh", "gz", "sz", "hz", "cd", "cq", "wh", "nj", "xa", "tj", "su"};
    static final int[] REGION_WEIGHTS = {12, 12, 9, 9, 7, 8, 8, 7, 6, 6, 5, 5};

    /** Premium, youth and basic brand. */
    static final String PREMIUM_BRAND = "全球通";
    static final String YOUTH_BRAND = "动感地带";
    static final String BASIC_BRAND = "神州行";

    /** Monthly plan fees in fen, cheapest first. */
    static final long[] PLAN_FEES_FEN = {
        800, 1800, 2800, 3800, 5800, 8800, 12800, 15800, 18800, 23800, 28800, 38800, 58800, 88800,
    };

    /** Value-added service subscriptions (ring-back tones, video memberships) in fen. */
    static final long[] VAS_FEES_FEN = {300, 500, 600, 1000, 1500, 2000};

    /** Handset prices in yuan, paid in equal monthly instalments. */
    static final long[] HANDSET_PRICES_YUAN = {1999, 2999, 3999, 4999, 5999, 6999, 8999};

    /** China Mobile number blocks: 13x, 15x, 18x. */
    static final String[] MSISDN_PREFIXES = {
        "134", "135", "136", "137", "138", "139", "150", "151", "152", "157", "158", "159", "182", "183", "184", "187", "188",
    };

    static final String[] PAYMENT_CHANNELS = {"微信支付", "支付宝", "银行代扣", "中国移动APP", "营业厅"};
    static final int[] PAYMENT_CHANNEL_WEIGHTS = {30, 30, 20, 12, 8};

    static final String[] COMPLAINT_CATEGORIES = {"资费争议", "流量计费", "网络信号", "国际漫游", "服务态度", "业务办理", "携号转网", "宽带故障"};
    static final int[] COMPLAINT_CATEGORY_WEIGHTS = {25, 20, 20, 6, 10, 10, 4, 5};
    static final String[] COMPLAINT_CHANNELS = {"10086热线", "营业厅", "中国移动APP", "在线客服", "工信部申诉"};
    static final int[] COMPLAINT_CHANNEL_WEIGHTS = {45, 15, 20, 15, 5};

    private Catalog() {
    }

    /** The dearest plan a customer spending {@code budgetFen} would choose; never below the cheapest. */
    static long planFor(double budgetFen) {
        long plan = PLAN_FEES_FEN[0];
        for (long fee : PLAN_FEES_FEN) {
            if (fee <= budgetFen) {
                plan = fee;
            }
        }
        return plan;
    }
}
