import Foundation
import YusuanStorage

/// The OpenAPI 3.1 description of `/api/v1`, served at `/api/v1/openapi.json`. Written by hand to match
/// ``APIRoutes``; `OpenAPITests` checks that every API route of the router is documented and every documented
/// path is routed, and that sample responses have the documented members.
enum OpenAPIDocument {
    static let version = "1.0.0"

    /// The documented paths, sorted (`/api/v1/disclosures/{disclosure}`).
    static let paths: [String] = {
        guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any],
            let paths = object["paths"] as? [String: Any]
        else { return [] }
        return paths.keys.sorted()
    }()

    /// The document as served, with its entity tag.
    static let body = TaggedBody(
        data: Data(text.utf8),
        etag: "\"\(SHA256.hexDigest(of: Data(text.utf8)))\"",
        contentType: TaggedResponse.jsonType
    )

    // swift-format-ignore
    static let text = #"""
{
 "components": {
  "headers": {
   "ETag": {
    "description": "强实体标签（修订版内容的 SHA-256 或响应体的 SHA-256）",
    "schema": {
     "type": "string"
    }
   },
   "Link": {
    "description": "下一页：<…>; rel=\"next\"",
    "schema": {
     "type": "string"
    }
   }
  },
  "parameters": {
   "department": {
    "description": "部门标识：地区-编码",
    "in": "path",
    "name": "department",
    "required": true,
    "schema": {
     "examples": [
      "重庆市南岸区-202"
     ],
     "type": "string"
    }
   },
   "disclosure": {
    "description": "公开文件标识：地区-编码-年度-budget|final",
    "in": "path",
    "name": "disclosure",
    "required": true,
    "schema": {
     "examples": [
      "重庆市南岸区-202-2025-budget"
     ],
     "type": "string"
    }
   },
   "kind": {
    "description": "budget（预算，默认）或 final（决算）",
    "in": "query",
    "name": "kind",
    "required": false,
    "schema": {
     "default": "budget",
     "enum": [
      "budget",
      "final"
     ],
     "type": "string"
    }
   },
   "limit": {
    "description": "每页条数（1–500，默认 50）",
    "in": "query",
    "name": "limit",
    "required": false,
    "schema": {
     "default": 50,
     "maximum": 500,
     "minimum": 1,
     "type": "integer"
    }
   },
   "offset": {
    "description": "跳过的条数（默认 0）",
    "in": "query",
    "name": "offset",
    "required": false,
    "schema": {
     "default": 0,
     "maximum": 1000000000,
     "minimum": 0,
     "type": "integer"
    }
   },
   "region": {
    "description": "地区：全称或其唯一的一部分（如 南岸区）",
    "in": "query",
    "name": "region",
    "required": false,
    "schema": {
     "minLength": 1,
     "type": "string"
    }
   },
   "regionRequired": {
    "description": "地区：全称或其唯一的一部分（如 南岸区）",
    "in": "query",
    "name": "region",
    "required": true,
    "schema": {
     "minLength": 1,
     "type": "string"
    }
   },
   "revision": {
    "description": "版本号（默认最新）",
    "in": "query",
    "name": "revision",
    "required": false,
    "schema": {
     "maximum": 1000000,
     "minimum": 1,
     "type": "integer"
    }
   },
   "year": {
    "description": "年度（四位数）",
    "in": "query",
    "name": "year",
    "required": false,
    "schema": {
     "maximum": 9999,
     "minimum": 1000,
     "type": "integer"
    }
   },
   "yearRequired": {
    "description": "年度（四位数）",
    "in": "query",
    "name": "year",
    "required": true,
    "schema": {
     "maximum": 9999,
     "minimum": 1000,
     "type": "integer"
    }
   }
  },
  "schemas": {
   "Amount": {
    "description": "金额：十进制字符串，保留公开时的精度（如 \"2829.73\"）",
    "examples": [
     "2829.73"
    ],
    "pattern": "^-?[0-9]+(\\.[0-9]{1,6})?$",
    "type": "string"
   },
   "Department": {
    "properties": {
     "code": {
      "type": "string"
     },
     "disclosures": {
      "items": {
       "$ref": "#/components/schemas/DisclosureRef"
      },
      "type": "array"
     },
     "html": {
      "type": "string"
     },
     "id": {
      "examples": [
       "重庆市南岸区-202"
      ],
      "type": "string"
     },
     "level": {
      "type": "string"
     },
     "name": {
      "type": "string"
     },
     "names": {
      "items": {
       "type": "string"
      },
      "type": "array"
     },
     "parentCode": {
      "type": "string"
     },
     "region": {
      "type": "string"
     },
     "url": {
      "type": "string"
     }
    },
    "required": [
     "id",
     "region",
     "code",
     "name",
     "names",
     "url",
     "html",
     "disclosures"
    ],
    "type": "object"
   },
   "DepartmentComparison": {
    "properties": {
     "columns": {
      "items": {
       "properties": {
        "department": {
         "type": "string"
        },
        "name": {
         "type": "string"
        }
       },
       "required": [
        "department",
        "name"
       ],
       "type": "object"
      },
      "type": "array"
     },
     "region": {
      "type": "string"
     },
     "rows": {
      "items": {
       "properties": {
        "group": {
         "type": "string"
        },
        "label": {
         "type": "string"
        },
        "values": {
         "items": {
          "oneOf": [
           {
            "$ref": "#/components/schemas/Amount"
           },
           {
            "type": "null"
           }
          ]
         },
         "type": "array"
        }
       },
       "required": [
        "group",
        "label",
        "values"
       ],
       "type": "object"
      },
      "type": "array"
     },
     "year": {
      "type": "integer"
     }
    },
    "required": [
     "region",
     "year",
     "columns",
     "rows"
    ],
    "type": "object"
   },
   "DepartmentPage": {
    "properties": {
     "items": {
      "items": {
       "$ref": "#/components/schemas/Department"
      },
      "type": "array"
     },
     "limit": {
      "type": "integer"
     },
     "next": {
      "description": "下一页的地址；最后一页没有此字段",
      "type": "string"
     },
     "offset": {
      "type": "integer"
     },
     "total": {
      "type": "integer"
     }
    },
    "required": [
     "items",
     "total",
     "limit",
     "offset"
    ],
    "type": "object"
   },
   "Disclosure": {
    "properties": {
     "code": {
      "type": "string"
     },
     "department": {
      "type": "string"
     },
     "departmentName": {
      "type": "string"
     },
     "document": {
      "description": "规范 JSON（CanonicalJSON）：{disclosure, format, schemaVersion}",
      "required": [
       "disclosure",
       "format",
       "schemaVersion"
      ],
      "type": "object"
     },
     "findingCounts": {
      "$ref": "#/components/schemas/FindingCounts"
     },
     "id": {
      "type": "string"
     },
     "kind": {
      "enum": [
       "预算",
       "决算"
      ],
      "type": "string"
     },
     "links": {
      "additionalProperties": {
       "type": "string"
      },
      "type": "object"
     },
     "region": {
      "type": "string"
     },
     "revision": {
      "$ref": "#/components/schemas/Revision"
     },
     "revisions": {
      "items": {
       "$ref": "#/components/schemas/Revision"
      },
      "type": "array"
     },
     "year": {
      "type": "integer"
     }
    },
    "required": [
     "id",
     "department",
     "region",
     "code",
     "departmentName",
     "year",
     "kind",
     "revision",
     "revisions",
     "findingCounts",
     "links",
     "document"
    ],
    "type": "object"
   },
   "DisclosurePage": {
    "properties": {
     "items": {
      "items": {
       "$ref": "#/components/schemas/DisclosureRef"
      },
      "type": "array"
     },
     "limit": {
      "type": "integer"
     },
     "next": {
      "type": "string"
     },
     "offset": {
      "type": "integer"
     },
     "total": {
      "type": "integer"
     }
    },
    "required": [
     "items",
     "total",
     "limit",
     "offset"
    ],
    "type": "object"
   },
   "DisclosureRef": {
    "properties": {
     "department": {
      "type": "string"
     },
     "departmentName": {
      "type": "string"
     },
     "html": {
      "type": "string"
     },
     "id": {
      "examples": [
       "重庆市南岸区-202-2025-budget"
      ],
      "type": "string"
     },
     "kind": {
      "enum": [
       "预算",
       "决算"
      ],
      "type": "string"
     },
     "latestRevision": {
      "type": "integer"
     },
     "revisionCount": {
      "type": "integer"
     },
     "url": {
      "type": "string"
     },
     "year": {
      "type": "integer"
     }
    },
    "required": [
     "id",
     "department",
     "departmentName",
     "year",
     "kind",
     "latestRevision",
     "revisionCount",
     "url",
     "html"
    ],
    "type": "object"
   },
   "Error": {
    "properties": {
     "error": {
      "properties": {
       "code": {
        "description": "稳定的英文错误码：bad_parameter、not_found、method_not_allowed、internal",
        "type": "string"
       },
       "message": {
        "description": "中文说明",
        "type": "string"
       },
       "parameter": {
        "description": "出错的参数",
        "type": "string"
       },
       "status": {
        "type": "integer"
       }
      },
      "required": [
       "status",
       "code",
       "message"
      ],
      "type": "object"
     }
    },
    "required": [
     "error"
    ],
    "type": "object"
   },
   "Fact": {
    "properties": {
     "amount": {
      "$ref": "#/components/schemas/Amount"
     },
     "column": {
      "type": "string"
     },
     "level": {
      "maximum": 3,
      "minimum": 1,
      "type": "integer"
     },
     "name": {
      "type": "string"
     },
     "row": {
      "type": "string"
     },
     "rowKind": {
      "enum": [
       "function",
       "economic",
       "procurement",
       "total",
       "label",
       "project"
      ],
      "type": "string"
     }
    },
    "required": [
     "row",
     "rowKind",
     "name",
     "column",
     "amount"
    ],
    "type": "object"
   },
   "FactRow": {
    "description": "一个存储的金额及其公开文件（数据库 facts 视图的一行）",
    "properties": {
     "amount": {
      "$ref": "#/components/schemas/Amount"
     },
     "column": {
      "type": "string"
     },
     "departmentCode": {
      "type": "string"
     },
     "departmentName": {
      "type": "string"
     },
     "disclosure": {
      "description": "公开文件标识：地区-编码-年度-budget|final",
      "type": "string"
     },
     "isLatest": {
      "type": "boolean"
     },
     "kind": {
      "enum": [
       "预算",
       "决算"
      ],
      "type": "string"
     },
     "region": {
      "type": "string"
     },
     "revision": {
      "minimum": 1,
      "type": "integer"
     },
     "row": {
      "description": "行：分类编码、合计、标签或项目名称",
      "type": "string"
     },
     "rowKind": {
      "enum": [
       "function",
       "economic",
       "procurement",
       "total",
       "label",
       "project"
      ],
      "type": "string"
     },
     "rowName": {
      "type": "string"
     },
     "table": {
      "maximum": 11,
      "minimum": 1,
      "type": "integer"
     },
     "tableId": {
      "type": "string"
     },
     "tableName": {
      "type": "string"
     },
     "unit": {
      "enum": [
       "万元",
       "元"
      ],
      "type": "string"
     },
     "year": {
      "type": "integer"
     }
    },
    "required": [
     "disclosure",
     "region",
     "departmentCode",
     "departmentName",
     "year",
     "kind",
     "revision",
     "isLatest",
     "table",
     "tableId",
     "tableName",
     "row",
     "rowKind",
     "rowName",
     "column",
     "amount",
     "unit"
    ],
    "type": "object"
   },
   "FactRowPage": {
    "properties": {
     "items": {
      "items": {
       "$ref": "#/components/schemas/FactRow"
      },
      "type": "array"
     },
     "limit": {
      "type": "integer"
     },
     "next": {
      "description": "下一页的地址（含 after 位置）；最后一页没有此字段",
      "type": "string"
     }
    },
    "required": [
     "items",
     "limit"
    ],
    "type": "object"
   },
   "Finding": {
    "properties": {
     "actual": {
      "$ref": "#/components/schemas/Amount"
     },
     "column": {
      "type": "string"
     },
     "expected": {
      "$ref": "#/components/schemas/Amount"
     },
     "line": {
      "type": "integer"
     },
     "message": {
      "type": "string"
     },
     "row": {
      "type": "string"
     },
     "ruleID": {
      "type": "string"
     },
     "severity": {
      "enum": [
       "error",
       "warning",
       "info"
      ],
      "type": "string"
     },
     "table": {
      "type": "integer"
     },
     "tableCaption": {
      "type": "string"
     }
    },
    "required": [
     "ruleID",
     "severity",
     "message"
    ],
    "type": "object"
   },
   "FindingCounts": {
    "properties": {
     "error": {
      "type": "integer"
     },
     "info": {
      "type": "integer"
     },
     "warning": {
      "type": "integer"
     }
    },
    "required": [
     "error",
     "warning",
     "info"
    ],
    "type": "object"
   },
   "FindingList": {
    "properties": {
     "counts": {
      "$ref": "#/components/schemas/FindingCounts"
     },
     "disclosure": {
      "type": "string"
     },
     "findings": {
      "items": {
       "$ref": "#/components/schemas/Finding"
      },
      "type": "array"
     },
     "revision": {
      "type": "integer"
     }
    },
    "required": [
     "disclosure",
     "revision",
     "counts",
     "findings"
    ],
    "type": "object"
   },
   "Index": {
    "properties": {
     "endpoints": {
      "items": {
       "type": "string"
      },
      "type": "array"
     },
     "name": {
      "type": "string"
     },
     "openapi": {
      "type": "string"
     },
     "version": {
      "type": "string"
     }
    },
    "required": [
     "name",
     "version",
     "openapi",
     "endpoints"
    ],
    "type": "object"
   },
   "Line": {
    "properties": {
     "column": {
      "type": "string"
     },
     "current": {
      "$ref": "#/components/schemas/Amount"
     },
     "difference": {
      "$ref": "#/components/schemas/Amount"
     },
     "name": {
      "type": "string"
     },
     "prior": {
      "$ref": "#/components/schemas/Amount"
     },
     "row": {
      "type": "string"
     },
     "table": {
      "type": "integer"
     }
    },
    "required": [
     "table",
     "row",
     "column",
     "name"
    ],
    "type": "object"
   },
   "Lineage": {
    "properties": {
     "effectiveYear": {
      "type": "integer"
     },
     "fromCodes": {
      "items": {
       "type": "string"
      },
      "type": "array"
     },
     "id": {
      "type": "integer"
     },
     "kind": {
      "enum": [
       "rename",
       "merge",
       "split"
      ],
      "type": "string"
     },
     "note": {
      "type": "string"
     },
     "region": {
      "type": "string"
     },
     "toCodes": {
      "items": {
       "type": "string"
      },
      "type": "array"
     }
    },
    "required": [
     "id",
     "kind",
     "region",
     "fromCodes",
     "toCodes",
     "effectiveYear"
    ],
    "type": "object"
   },
   "Measure": {
    "properties": {
     "basis": {
      "enum": [
       "stored",
       "implied-by-narrative",
       "mixed",
       "partial",
       "missing"
      ],
      "type": "string"
     },
     "column": {
      "type": "string"
     },
     "current": {
      "$ref": "#/components/schemas/Amount"
     },
     "difference": {
      "$ref": "#/components/schemas/Amount"
     },
     "name": {
      "type": "string"
     },
     "parts": {
      "items": {
       "properties": {
        "amount": {
         "$ref": "#/components/schemas/Amount"
        },
        "basis": {
         "type": "string"
        },
        "department": {
         "type": "string"
        }
       },
       "required": [
        "department",
        "basis"
       ],
       "type": "object"
      },
      "type": "array"
     },
     "prior": {
      "$ref": "#/components/schemas/Amount"
     },
     "row": {
      "type": "string"
     },
     "statedChange": {
      "$ref": "#/components/schemas/Amount"
     },
     "table": {
      "type": "integer"
     }
    },
    "required": [
     "name",
     "table",
     "row",
     "column",
     "basis",
     "parts"
    ],
    "type": "object"
   },
   "Revision": {
    "properties": {
     "contentHash": {
      "type": "string"
     },
     "factCount": {
      "type": "integer"
     },
     "findingCount": {
      "type": "integer"
     },
     "importedAt": {
      "type": "string"
     },
     "number": {
      "type": "integer"
     },
     "source": {
      "type": "string"
     }
    },
    "required": [
     "number",
     "contentHash",
     "importedAt",
     "factCount",
     "findingCount"
    ],
    "type": "object"
   },
   "Rollup": {
    "properties": {
     "by": {
      "enum": [
       "function",
       "economic"
      ],
      "type": "string"
     },
     "columns": {
      "items": {
       "type": "string"
      },
      "type": "array"
     },
     "disclosureCount": {
      "type": "integer"
     },
     "level": {
      "enum": [
       "类",
       "款",
       "项"
      ],
      "type": "string"
     },
     "region": {
      "type": "string"
     },
     "rows": {
      "items": {
       "properties": {
        "amounts": {
         "items": {
          "oneOf": [
           {
            "$ref": "#/components/schemas/Amount"
           },
           {
            "type": "null"
           }
          ]
         },
         "type": "array"
        },
        "code": {
         "type": "string"
        },
        "departmentCount": {
         "type": "integer"
        },
        "name": {
         "type": "string"
        }
       },
       "required": [
        "code",
        "name",
        "amounts",
        "departmentCount"
       ],
       "type": "object"
      },
      "type": "array"
     },
     "table": {
      "type": "integer"
     },
     "total": {
      "items": {
       "oneOf": [
        {
         "$ref": "#/components/schemas/Amount"
        },
        {
         "type": "null"
        }
       ]
      },
      "type": "array"
     },
     "year": {
      "type": "integer"
     }
    },
    "required": [
     "region",
     "year",
     "by",
     "level",
     "table",
     "columns",
     "rows",
     "total",
     "disclosureCount"
    ],
    "type": "object"
   },
   "Table": {
    "properties": {
     "caption": {
      "type": "string"
     },
     "disclosure": {
      "type": "string"
     },
     "facts": {
      "items": {
       "$ref": "#/components/schemas/Fact"
      },
      "type": "array"
     },
     "identifier": {
      "type": "string"
     },
     "name": {
      "type": "string"
     },
     "number": {
      "type": "integer"
     },
     "revision": {
      "type": "integer"
     },
     "unit": {
      "type": "string"
     }
    },
    "required": [
     "disclosure",
     "revision",
     "number",
     "caption",
     "name",
     "identifier",
     "unit",
     "facts"
    ],
    "type": "object"
   },
   "TableList": {
    "properties": {
     "disclosure": {
      "type": "string"
     },
     "revision": {
      "type": "integer"
     },
     "tables": {
      "items": {
       "$ref": "#/components/schemas/TableRef"
      },
      "type": "array"
     },
     "unit": {
      "type": "string"
     }
    },
    "required": [
     "disclosure",
     "revision",
     "unit",
     "tables"
    ],
    "type": "object"
   },
   "TableRef": {
    "properties": {
     "caption": {
      "type": "string"
     },
     "factCount": {
      "type": "integer"
     },
     "identifier": {
      "type": "string"
     },
     "name": {
      "type": "string"
     },
     "number": {
      "maximum": 11,
      "minimum": 1,
      "type": "integer"
     },
     "url": {
      "type": "string"
     }
    },
    "required": [
     "number",
     "caption",
     "name",
     "identifier",
     "factCount",
     "url"
    ],
    "type": "object"
   },
   "YearComparison": {
    "properties": {
     "current": {
      "items": {
       "type": "string"
      },
      "type": "array"
     },
     "department": {
      "type": "string"
     },
     "departmentName": {
      "type": "string"
     },
     "events": {
      "items": {
       "$ref": "#/components/schemas/Lineage"
      },
      "type": "array"
     },
     "followsLineage": {
      "type": "boolean"
     },
     "lines": {
      "items": {
       "$ref": "#/components/schemas/Line"
      },
      "type": "array"
     },
     "measures": {
      "items": {
       "$ref": "#/components/schemas/Measure"
      },
      "type": "array"
     },
     "prior": {
      "items": {
       "type": "string"
      },
      "type": "array"
     },
     "priorYear": {
      "type": "integer"
     },
     "storedPrior": {
      "items": {
       "type": "string"
      },
      "type": "array"
     },
     "year": {
      "type": "integer"
     }
    },
    "required": [
     "department",
     "departmentName",
     "year",
     "priorYear",
     "followsLineage",
     "current",
     "prior",
     "storedPrior",
     "events",
     "measures"
    ],
    "type": "object"
   }
  }
 },
 "info": {
  "description": "只读接口：部门、公开文件、表格、校验结果、比较、汇总与搜索。金额一律为十进制字符串。响应带强 ETag（If-None-Match 命中时返回 304），允许跨域（CORS）。错误以 JSON 返回，含英文错误码与中文说明。非 GET/HEAD/OPTIONS 方法返回 405。",
  "license": {
   "name": "See repository"
  },
  "title": "部门预算公开 API",
  "version": "1.0.0"
 },
 "openapi": "3.1.0",
 "paths": {
  "/api/v1": {
   "get": {
    "operationId": "index",
    "parameters": [],
    "responses": {
     "200": {
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Index"
        }
       }
      },
      "description": "成功",
      "headers": {
       "ETag": {
        "$ref": "#/components/headers/ETag"
       }
      }
     },
     "304": {
      "description": "未修改（If-None-Match 与 ETag 相同）"
     },
     "400": {
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Error"
        }
       }
      },
      "description": "参数有误"
     },
     "404": {
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Error"
        }
       }
      },
      "description": "未找到"
     }
    },
    "summary": "接口目录"
   }
  },
  "/api/v1/compare/departments": {
   "get": {
    "operationId": "compareDepartments",
    "parameters": [
     {
      "$ref": "#/components/parameters/regionRequired"
     },
     {
      "$ref": "#/components/parameters/yearRequired"
     },
     {
      "$ref": "#/components/parameters/kind"
     },
     {
      "description": "逗号分隔的部门标识（默认全部）",
      "in": "query",
      "name": "departments",
      "required": false,
      "schema": {
       "type": "string"
      }
     }
    ],
    "responses": {
     "200": {
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/DepartmentComparison"
        }
       }
      },
      "description": "成功",
      "headers": {
       "ETag": {
        "$ref": "#/components/headers/ETag"
       }
      }
     },
     "304": {
      "description": "未修改（If-None-Match 与 ETag 相同）"
     },
     "400": {
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Error"
        }
       }
      },
      "description": "参数有误"
     },
     "404": {
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Error"
        }
       }
      },
      "description": "未找到"
     }
    },
    "summary": "同一地区同一年度各部门并列"
   }
  },
  "/api/v1/compare/years": {
   "get": {
    "operationId": "compareYears",
    "parameters": [
     {
      "description": "部门标识：地区-编码",
      "in": "query",
      "name": "department",
      "required": true,
      "schema": {
       "type": "string"
      }
     },
     {
      "$ref": "#/components/parameters/yearRequired"
     },
     {
      "$ref": "#/components/parameters/kind"
     },
     {
      "description": "是否按机构沿革调整口径（默认 true）",
      "in": "query",
      "name": "lineage",
      "required": false,
      "schema": {
       "default": true,
       "type": "boolean"
      }
     },
     {
      "description": "是否列出每个单元格（默认 false）",
      "in": "query",
      "name": "lines",
      "required": false,
      "schema": {
       "default": false,
       "type": "boolean"
      }
     }
    ],
    "responses": {
     "200": {
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/YearComparison"
        }
       }
      },
      "description": "成功",
      "headers": {
       "ETag": {
        "$ref": "#/components/headers/ETag"
       }
      }
     },
     "304": {
      "description": "未修改（If-None-Match 与 ETag 相同）"
     },
     "400": {
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Error"
        }
       }
      },
      "description": "参数有误"
     },
     "404": {
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Error"
        }
       }
      },
      "description": "未找到"
     }
    },
    "summary": "同一部门本年与上年比较（按机构沿革）"
   }
  },
  "/api/v1/departments": {
   "get": {
    "operationId": "listDepartments",
    "parameters": [
     {
      "$ref": "#/components/parameters/region"
     },
     {
      "description": "名称或编码的一部分",
      "in": "query",
      "name": "q",
      "required": false,
      "schema": {
       "type": "string"
      }
     },
     {
      "$ref": "#/components/parameters/limit"
     },
     {
      "$ref": "#/components/parameters/offset"
     }
    ],
    "responses": {
     "200": {
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/DepartmentPage"
        }
       }
      },
      "description": "成功",
      "headers": {
       "ETag": {
        "$ref": "#/components/headers/ETag"
       },
       "Link": {
        "$ref": "#/components/headers/Link"
       }
      }
     },
     "304": {
      "description": "未修改（If-None-Match 与 ETag 相同）"
     },
     "400": {
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Error"
        }
       }
      },
      "description": "参数有误"
     },
     "404": {
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Error"
        }
       }
      },
      "description": "未找到"
     }
    },
    "summary": "部门列表（可按地区、名称或编码筛选，分页）"
   }
  },
  "/api/v1/departments/{department}": {
   "get": {
    "operationId": "getDepartment",
    "parameters": [
     {
      "$ref": "#/components/parameters/department"
     }
    ],
    "responses": {
     "200": {
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Department"
        }
       }
      },
      "description": "成功",
      "headers": {
       "ETag": {
        "$ref": "#/components/headers/ETag"
       }
      }
     },
     "304": {
      "description": "未修改（If-None-Match 与 ETag 相同）"
     },
     "400": {
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Error"
        }
       }
      },
      "description": "参数有误"
     },
     "404": {
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Error"
        }
       }
      },
      "description": "未找到"
     }
    },
    "summary": "一个部门及其公开文件"
   }
  },
  "/api/v1/departments/{department}/disclosures/{year}": {
   "get": {
    "operationId": "getDepartmentDisclosure",
    "parameters": [
     {
      "$ref": "#/components/parameters/department"
     },
     {
      "description": "年度",
      "in": "path",
      "name": "year",
      "required": true,
      "schema": {
       "maximum": 9999,
       "minimum": 1000,
       "type": "integer"
      }
     },
     {
      "$ref": "#/components/parameters/kind"
     },
     {
      "$ref": "#/components/parameters/revision"
     }
    ],
    "responses": {
     "200": {
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Disclosure"
        }
       }
      },
      "description": "成功",
      "headers": {
       "ETag": {
        "$ref": "#/components/headers/ETag"
       }
      }
     },
     "304": {
      "description": "未修改（If-None-Match 与 ETag 相同）"
     },
     "400": {
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Error"
        }
       }
      },
      "description": "参数有误"
     },
     "404": {
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Error"
        }
       }
      },
      "description": "未找到"
     }
    },
    "summary": "某部门某年度的公开文件（含全文 JSON）"
   }
  },
  "/api/v1/disclosures": {
   "get": {
    "operationId": "listDisclosures",
    "parameters": [
     {
      "$ref": "#/components/parameters/region"
     },
     {
      "$ref": "#/components/parameters/year"
     },
     {
      "$ref": "#/components/parameters/kind"
     },
     {
      "$ref": "#/components/parameters/limit"
     },
     {
      "$ref": "#/components/parameters/offset"
     }
    ],
    "responses": {
     "200": {
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/DisclosurePage"
        }
       }
      },
      "description": "成功",
      "headers": {
       "ETag": {
        "$ref": "#/components/headers/ETag"
       },
       "Link": {
        "$ref": "#/components/headers/Link"
       }
      }
     },
     "304": {
      "description": "未修改（If-None-Match 与 ETag 相同）"
     },
     "400": {
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Error"
        }
       }
      },
      "description": "参数有误"
     },
     "404": {
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Error"
        }
       }
      },
      "description": "未找到"
     }
    },
    "summary": "公开文件列表（可按地区、年度、类型筛选，分页）"
   }
  },
  "/api/v1/disclosures/{disclosure}": {
   "get": {
    "operationId": "getDisclosure",
    "parameters": [
     {
      "$ref": "#/components/parameters/disclosure"
     },
     {
      "$ref": "#/components/parameters/revision"
     }
    ],
    "responses": {
     "200": {
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Disclosure"
        }
       }
      },
      "description": "成功",
      "headers": {
       "ETag": {
        "$ref": "#/components/headers/ETag"
       }
      }
     },
     "304": {
      "description": "未修改（If-None-Match 与 ETag 相同）"
     },
     "400": {
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Error"
        }
       }
      },
      "description": "参数有误"
     },
     "404": {
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Error"
        }
       }
      },
      "description": "未找到"
     }
    },
    "summary": "一份公开文件：版本、校验统计、下载地址与全文 JSON"
   }
  },
  "/api/v1/disclosures/{disclosure}/findings": {
   "get": {
    "operationId": "listFindings",
    "parameters": [
     {
      "$ref": "#/components/parameters/disclosure"
     },
     {
      "$ref": "#/components/parameters/revision"
     },
     {
      "description": "只看某一级别",
      "in": "query",
      "name": "severity",
      "required": false,
      "schema": {
       "enum": [
        "error",
        "warning",
        "info"
       ],
       "type": "string"
      }
     }
    ],
    "responses": {
     "200": {
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/FindingList"
        }
       }
      },
      "description": "成功",
      "headers": {
       "ETag": {
        "$ref": "#/components/headers/ETag"
       }
      }
     },
     "304": {
      "description": "未修改（If-None-Match 与 ETag 相同）"
     },
     "400": {
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Error"
        }
       }
      },
      "description": "参数有误"
     },
     "404": {
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Error"
        }
       }
      },
      "description": "未找到"
     }
    },
    "summary": "校验结果及其位置"
   }
  },
  "/api/v1/disclosures/{disclosure}/tables": {
   "get": {
    "operationId": "listTables",
    "parameters": [
     {
      "$ref": "#/components/parameters/disclosure"
     },
     {
      "$ref": "#/components/parameters/revision"
     }
    ],
    "responses": {
     "200": {
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/TableList"
        }
       }
      },
      "description": "成功",
      "headers": {
       "ETag": {
        "$ref": "#/components/headers/ETag"
       }
      }
     },
     "304": {
      "description": "未修改（If-None-Match 与 ETag 相同）"
     },
     "400": {
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Error"
        }
       }
      },
      "description": "参数有误"
     },
     "404": {
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Error"
        }
       }
      },
      "description": "未找到"
     }
    },
    "summary": "公开文件的十一张表"
   }
  },
  "/api/v1/disclosures/{disclosure}/tables/{table}": {
   "get": {
    "operationId": "getTable",
    "parameters": [
     {
      "$ref": "#/components/parameters/disclosure"
     },
     {
      "description": "表号 1–11，或表的标识（如 department-expenditure）",
      "in": "path",
      "name": "table",
      "required": true,
      "schema": {
       "type": "string"
      }
     },
     {
      "$ref": "#/components/parameters/revision"
     }
    ],
    "responses": {
     "200": {
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Table"
        }
       }
      },
      "description": "成功",
      "headers": {
       "ETag": {
        "$ref": "#/components/headers/ETag"
       }
      }
     },
     "304": {
      "description": "未修改（If-None-Match 与 ETag 相同）"
     },
     "400": {
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Error"
        }
       }
      },
      "description": "参数有误"
     },
     "404": {
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Error"
        }
       }
      },
      "description": "未找到"
     }
    },
    "summary": "一张表的全部金额"
   }
  },
  "/api/v1/facts": {
   "get": {
    "operationId": "listFacts",
    "parameters": [
     {
      "$ref": "#/components/parameters/region"
     },
     {
      "$ref": "#/components/parameters/year"
     },
     {
      "description": "表号 1–11 或表的标识（如 department-expenditure）",
      "in": "query",
      "name": "table",
      "required": false,
      "schema": {
       "minLength": 1,
       "type": "string"
      }
     },
     {
      "description": "行的编码或标签（如 2010301、合计）",
      "in": "query",
      "name": "code",
      "required": false,
      "schema": {
       "minLength": 1,
       "type": "string"
      }
     },
     {
      "description": "每页条数（1–1000，默认 100）",
      "in": "query",
      "name": "limit",
      "required": false,
      "schema": {
       "default": 100,
       "maximum": 1000,
       "minimum": 1,
       "type": "integer"
      }
     },
     {
      "description": "从此位置之后开始（取自上一页的 next 地址）",
      "in": "query",
      "name": "after",
      "required": false,
      "schema": {
       "pattern": "^[0-9]+-[0-9]+-[0-9]+$",
       "type": "string"
      }
     }
    ],
    "responses": {
     "200": {
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/FactRowPage"
        }
       }
      },
      "description": "成功",
      "headers": {
       "ETag": {
        "$ref": "#/components/headers/ETag"
       },
       "Link": {
        "$ref": "#/components/headers/Link"
       }
      }
     },
     "304": {
      "description": "未修改（If-None-Match 与 ETag 相同）"
     },
     "400": {
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Error"
        }
       }
      },
      "description": "参数有误"
     },
     "404": {
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Error"
        }
       }
      },
      "description": "未找到"
     }
    },
    "summary": "金额批量读取：各公开文件最新修订版的每个金额（可按地区、年度、表、行筛选，按位置分页）"
   }
  },
  "/api/v1/openapi.json": {
   "get": {
    "operationId": "openapi",
    "parameters": [],
    "responses": {
     "200": {
      "content": {
       "application/json": {
        "schema": {
         "type": "object"
        }
       }
      },
      "description": "成功",
      "headers": {
       "ETag": {
        "$ref": "#/components/headers/ETag"
       }
      }
     },
     "304": {
      "description": "未修改（If-None-Match 与 ETag 相同）"
     },
     "400": {
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Error"
        }
       }
      },
      "description": "参数有误"
     },
     "404": {
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Error"
        }
       }
      },
      "description": "未找到"
     }
    },
    "summary": "本 OpenAPI 3.1 文档"
   }
  },
  "/api/v1/rollup": {
   "get": {
    "operationId": "rollup",
    "parameters": [
     {
      "$ref": "#/components/parameters/regionRequired"
     },
     {
      "$ref": "#/components/parameters/yearRequired"
     },
     {
      "$ref": "#/components/parameters/kind"
     },
     {
      "description": "function（功能分类，默认）或 economic（经济分类）",
      "in": "query",
      "name": "by",
      "required": false,
      "schema": {
       "default": "function",
       "enum": [
        "function",
        "economic"
       ],
       "type": "string"
      }
     },
     {
      "description": "类、款、项（或 1、2、3）",
      "in": "query",
      "name": "level",
      "required": false,
      "schema": {
       "default": "类",
       "enum": [
        "类",
        "款",
        "项",
        "1",
        "2",
        "3"
       ],
       "type": "string"
      }
     },
     {
      "description": "功能分类的来源表：8（默认）、2 或 5",
      "in": "query",
      "name": "table",
      "required": false,
      "schema": {
       "default": "8",
       "enum": [
        "8",
        "2",
        "5"
       ],
       "type": "string"
      }
     }
    ],
    "responses": {
     "200": {
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Rollup"
        }
       }
      },
      "description": "成功",
      "headers": {
       "ETag": {
        "$ref": "#/components/headers/ETag"
       }
      }
     },
     "304": {
      "description": "未修改（If-None-Match 与 ETag 相同）"
     },
     "400": {
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Error"
        }
       }
      },
      "description": "参数有误"
     },
     "404": {
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Error"
        }
       }
      },
      "description": "未找到"
     }
    },
    "summary": "地区某年度按分类汇总"
   }
  },
  "/api/v1/search": {
   "get": {
    "operationId": "search",
    "parameters": [
     {
      "description": "名称或编码的一部分",
      "in": "query",
      "name": "q",
      "required": true,
      "schema": {
       "minLength": 1,
       "type": "string"
      }
     },
     {
      "$ref": "#/components/parameters/limit"
     },
     {
      "$ref": "#/components/parameters/offset"
     }
    ],
    "responses": {
     "200": {
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/DepartmentPage"
        }
       }
      },
      "description": "成功",
      "headers": {
       "ETag": {
        "$ref": "#/components/headers/ETag"
       },
       "Link": {
        "$ref": "#/components/headers/Link"
       }
      }
     },
     "304": {
      "description": "未修改（If-None-Match 与 ETag 相同）"
     },
     "400": {
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Error"
        }
       }
      },
      "description": "参数有误"
     },
     "404": {
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Error"
        }
       }
      },
      "description": "未找到"
     }
    },
    "summary": "按名称或编码搜索部门（分页）"
   }
  }
 },
 "servers": [
  {
   "url": "/"
  }
 ]
}
"""#
}
