module.exports={languages:[],parsers:{},printers:{}};
